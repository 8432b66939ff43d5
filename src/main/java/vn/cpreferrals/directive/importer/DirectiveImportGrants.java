package vn.cpreferrals.directive.importer;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cpreferrals.identity.DirectiveStarters;

/** Uploading a new directive is offered in Tasklist to standing agencies and their leadership only. */
@Component
class DirectiveImportGrants {

  private final DirectiveStarters starters;

  DirectiveImportGrants(DirectiveStarters starters) {
    this.starters = starters;
  }

  @EventListener(ApplicationReadyEvent.class)
  void offerUploadToStandingAgencies() {
    starters.allowUpload(DirectiveImportProcess.KEY);
  }
}
