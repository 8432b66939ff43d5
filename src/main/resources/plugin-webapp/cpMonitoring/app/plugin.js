// "Giám sát công tác trẻ em": the managers' page in Cockpit (plugin point cockpit.route) and its menu entry
// (cockpit.navigation). Plain JavaScript, no build step, no network beyond this server. Data comes from the plugin's
// REST resource (vn.cpreferrals.monitoring), scoped on the server to the manager's province; text is set with
// textContent only, never as HTML.
const PLUGIN = 'cpMonitoring';
const PATH = '/giam-sat';
const TITLE = 'Giám sát công tác trẻ em';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick' || name === 'onchange') {
      node.addEventListener(name.substring(2), value);
    } else if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function dateTime(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value);
  const two = n => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function statusCell(status) {
  const bad = ['quá hạn', 'trễ hạn', 'chưa báo cáo', 'đã quá hạn khi bắt đầu'].includes(status);
  const good = ['đúng hạn'].includes(status);
  return el('td', {class: bad ? 'cp-status cp-bad' : good ? 'cp-status cp-good' : 'cp-status'}, status);
}

function table(id, headers, rows) {
  return el('table', {id, class: 'table table-striped cam-table cp-table'},
    el('thead', {}, el('tr', {}, headers.flat().map(h => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows : [el('tr', {}, el('td', {colspan: headers.length}, 'Không có dữ liệu.'))]));
}

const tasklistLink = taskId => el('a', {href: `../../tasklist/default/#/?task=${encodeURIComponent(taskId)}`,
  target: '_blank'}, 'Mở công việc');
const instanceLink = (id, text) => el('a', {href: `#/process-instance/${encodeURIComponent(id)}/runtime`}, text);

function page(node, api) {
  const base = `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}`;
  const get = path => fetch(base + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(async response => {
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        throw new Error(body.message || `Lỗi ${response.status}`);
      }
      return body;
    });
  const content = el('div', {class: 'cp-content'});
  const tabs = [
    ['directives', 'Chỉ đạo', () => directives(content, get, base, '')],
    ['overdue', 'Việc quá hạn theo cơ quan', () => overdue(content, get)],
    ['cases', 'Hồ sơ trẻ em', () => cases(content, get)]
  ];
  const tabList = el('ul', {class: 'nav nav-tabs cp-tabs'});
  tabs.forEach(([key, label, show]) => {
    const item = el('li', {'data-tab': key}, el('a', {href: 'javascript:void(0)', onclick: () => select(key)}, label));
    tabList.append(item);
  });
  function select(key) {
    tabList.querySelectorAll('li').forEach(li => li.classList.toggle('active', li.dataset.tab === key));
    tabs.find(t => t[0] === key)[2]();
  }
  node.append(el('div', {class: 'cp-monitoring', id: 'cp-monitoring'}, el('h1', {}, TITLE), tabList, content));
  select('directives');
}

function loading(content, text) {
  content.replaceChildren(el('p', {class: 'cp-loading'}, text || 'Đang tải…'));
}

function failed(content, error) {
  content.replaceChildren(el('div', {class: 'alert alert-danger cp-error'}, error.message));
}

function directives(content, get, base, report) {
  loading(content);
  get('/directives' + (report ? `?report=${encodeURIComponent(report)}` : '')).then(list => {
    const reports = {};
    list.forEach(d => Object.assign(reports, d.reports));
    const picker = el('select', {id: 'cp-report', class: 'form-control cp-inline', onchange: e =>
      directives(content, get, base, e.target.value)}, el('option', {value: ''}, 'Tất cả các kỳ báo cáo'),
      Object.entries(reports).map(([id, name]) => el('option', id === report ? {value: id, selected: 'selected'}
        : {value: id}, name)));
    const sections = list.map(d => {
      const reportIds = Object.keys(d.reports);
      const downloads = reportIds.map(id => el('span', {class: 'cp-downloads'}, `${d.reports[id]}: `,
        el('a', {href: `${base}/directives/${d.id}/reports/${id}/workbook`}, 'Bảng tổng hợp (XLSX)'), ' · ',
        el('a', {href: `${base}/directives/${d.id}/reports/${id}/document`}, 'Dự thảo báo cáo (DOCX)')));
      const rows = d.rows.map(r => el('tr', {}, el('td', {}, r.item), el('td', {}, r.unit), statusCell(r.status),
        reportIds.map(id => statusCell(r.reports[id] || '')),
        el('td', {}, r.openTaskId ? tasklistLink(r.openTaskId) : '', ' ', instanceLink(r.assignmentId, 'Quy trình'))));
      const totals = d.totals.map(t => el('tr', {}, el('td', {}, t.unit),
        el('td', {}, Object.entries(t.counts).map(([k, v]) => `${k}: ${v}`).join('; '))));
      return el('section', {class: 'cp-directive', 'data-directive': d.number},
        el('h3', {}, `${d.number} `, instanceLink(d.id, 'Mở trong Cockpit')),
        el('p', {}, downloads),
        table(`cp-matrix-${d.id}`, ['Mục', 'Cơ quan / đơn vị', 'Thực hiện', reportIds.map(id => d.reports[id]), ''],
          rows),
        el('details', {}, el('summary', {style: 'cursor: pointer'}, '▸ Tổng hợp theo cơ quan (bấm để xem)'),
          table(`cp-totals-${d.id}`, ['Cơ quan / đơn vị', 'Số lượng theo tình trạng'], totals)));
    });
    content.replaceChildren(el('div', {class: 'form-inline cp-filter'}, el('label', {for: 'cp-report'}, 'Kỳ báo cáo '),
      picker), ...(sections.length ? sections : [el('p', {}, 'Không có văn bản chỉ đạo nào đang thực hiện.')]));
  }).catch(error => failed(content, error));
}

function overdue(content, get) {
  loading(content);
  get('/overdue').then(view => {
    const agencies = view.agencies.map(a => el('tr', {}, el('td', {}, a.agency), el('td', {}, a.open),
      el('td', {class: a.overdue ? 'cp-bad' : ''}, a.overdue), el('td', {}, dateTime(a.oldestDue)),
      el('td', {}, a.escalationLevel || '')));
    const tasks = view.oldest.map(t => el('tr', {}, el('td', {}, t.name), el('td', {}, t.agency),
      el('td', {class: 'cp-bad'}, dateTime(t.due)), el('td', {}, t.escalationLevel || ''),
      el('td', {}, tasklistLink(t.taskId), ' ', instanceLink(t.processInstanceId, 'Quy trình'))));
    content.replaceChildren(
      table('cp-overdue-agencies', ['Cơ quan', 'Việc đang mở', 'Quá hạn', 'Quá hạn lâu nhất từ', 'Cấp chuyển cao nhất'],
        agencies),
      el('h3', {}, 'Việc quá hạn lâu nhất'),
      table('cp-overdue-tasks', ['Công việc', 'Cơ quan', 'Hạn xử lý', 'Cấp chuyển', ''], tasks));
  }).catch(error => failed(content, error));
}

function cases(content, get, from, to) {
  loading(content);
  const query = from || to ? `?from=${encodeURIComponent(from || '')}&to=${encodeURIComponent(to || '')}` : '';
  get('/cases' + query).then(view => {
    const day = value => new Date(value).toLocaleDateString('sv-SE');
    const fromInput = el('input', {type: 'date', id: 'cp-from', class: 'form-control cp-inline',
      value: from || day(view.from)});
    const lastDay = new Date(new Date(view.to).getTime() - 86400000);
    const toInput = el('input', {type: 'date', id: 'cp-to', class: 'form-control cp-inline', value: to || day(lastDay)});
    const show = el('button', {class: 'btn btn-default', id: 'cp-cases-show', onclick: () =>
      cases(content, get, fromInput.value, toInput.value)}, 'Xem');
    const steps = view.steps.map(s => el('tr', {}, el('td', {}, s.step), el('td', {}, s.cases),
      el('td', {class: s.pastTarget ? 'cp-bad' : ''}, s.pastTarget)));
    const stages = view.stages.map(s => el('tr', {}, el('td', {}, s.stage), el('td', {}, s.legalLimit),
      el('td', {}, s.within), el('td', {class: s.breached ? 'cp-bad' : ''}, s.breached), el('td', {}, s.withinTarget),
      el('td', {}, s.breachedCases.join(', '))));
    const referrals = view.referrals.map(r => el('tr', {}, el('td', {}, r.service), el('td', {}, r.referred),
      el('td', {}, r.accepted), el('td', {}, r.declined), el('td', {}, r.delivered)));
    content.replaceChildren(
      el('div', {class: 'form-inline cp-filter'}, el('label', {for: 'cp-from'}, 'Tiếp nhận từ ngày '), fromInput,
        el('label', {for: 'cp-to'}, ' đến ngày '), toInput, ' ', show),
      el('p', {id: 'cp-case-count'}, `Số hồ sơ tiếp nhận trong kỳ: ${view.cases}`),
      el('h3', {}, 'Hồ sơ đang ở từng bước'),
      table('cp-case-steps', ['Bước', 'Số hồ sơ', 'Quá mục tiêu của tỉnh'], steps),
      el('h3', {}, 'Thời hạn theo luật'),
      table('cp-case-stages', ['Giai đoạn', 'Thời hạn', 'Trong hạn', 'Vượt hạn', 'Đạt mục tiêu của tỉnh',
        'Mã hồ sơ vượt hạn'], stages),
      el('h3', {}, 'Chuyển tuyến theo dịch vụ'),
      table('cp-referrals', ['Dịch vụ', 'Đã chuyển', 'Đã tiếp nhận', 'Bị từ chối', 'Đã cung cấp'], referrals));
  }).catch(error => failed(content, error));
}

export default [
  {
    id: 'cpMonitoringNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: {pagePath: '#' + PATH},
    checkActive: path => path.indexOf('#' + PATH) > -1,
    render: node => node.append(el('a', {href: '#' + PATH, id: 'cp-monitoring-menu'}, TITLE))
  },
  {
    id: 'cpMonitoringPage',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {path: PATH},
    render: (node, {api}) => page(node, api)
  }
];
