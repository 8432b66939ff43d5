// Strings the Camunda webapps render without their translation table (the form-js library inside Tasklist, a few
// hard-coded Cockpit headers). Rewritten in place as they appear, only for the Vietnamese UI and only inside the given
// containers, so nothing else on the page is touched.
import {lang} from './cp-locale.js';

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function rewrite(text, rules) {
  const trimmed = text.trim();
  for (const [pattern, replacement] of rules) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return text;
}

function inScope(node, scope) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!element && !!element.closest(scope);
}

function visit(node, rules, scope) {
  if (node.nodeType === Node.TEXT_NODE) {
    if (inScope(node, scope)) {
      const next = rewrite(node.data, rules);
      if (next !== node.data) {
        node.data = next;
      }
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (inScope(node, scope)) {
    for (const name of ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value) {
        const next = rewrite(value, rules);
        if (next !== value) {
          node.setAttribute(name, next);
        }
      }
    }
  }
  node.childNodes.forEach(child => visit(child, rules, scope));
}

/** Rewrites matching texts inside elements matching {@code scope}, now and whenever the page changes. */
export function translateTexts(rules, scope) {
  if (lang !== 'vi') {
    return;
  }
  const observer = new MutationObserver(mutations => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(node => visit(node, rules, scope));
      } else {
        visit(mutation.target, rules, scope);
      }
    }
  });
  observer.observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
  visit(document.body, rules, scope);
}
