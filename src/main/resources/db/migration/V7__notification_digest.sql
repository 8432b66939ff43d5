-- Daily digest (docs/deadlines.md#e-mail): each notice is either sent at once (IMMEDIATE: the emergency clock and
-- escalations of cases) or collected into one mail per recipient and day (DIGEST). A DIGEST notice keeps the facts of
-- its line in the digest; when a digest is composed its notices are marked DIGESTED with the digest's key, in the
-- same transaction that writes the digest itself as an IMMEDIATE notice keyed 'digest:<recipient>:<day>': the unique
-- key lets only one node compose a recipient's digest of a day, the claim puts each notice into one digest only.
ALTER TABLE cp_notification ADD COLUMN delivery VARCHAR(16) DEFAULT 'IMMEDIATE' NOT NULL;
ALTER TABLE cp_notification ADD COLUMN digest_group VARCHAR(255); -- "Văn bản 65/KH-UBND", "Hồ sơ QNG-2026-0001"
ALTER TABLE cp_notification ADD COLUMN task_name VARCHAR(500);
ALTER TABLE cp_notification ADD COLUMN task_state VARCHAR(16);    -- NEW, DUE_SOON, OVERDUE, ESCALATED
ALTER TABLE cp_notification ADD COLUMN due_at BIGINT;
ALTER TABLE cp_notification ADD COLUMN digest_key VARCHAR(255);   -- the digest a DIGESTED notice went into
-- A digest lists many tasks.
ALTER TABLE cp_notification ALTER COLUMN body SET DATA TYPE VARCHAR(100000);

CREATE INDEX cp_notification_digest ON cp_notification (delivery, status, recipient);
