/**
 * Roles of people a news story talks about rather than quotes as sources: the victim, the
 * suspect, the accused. Such a person doing something other than reporting (`Korban X mengalami
 * luka`, `Tersangka Y menjual sabu`) opens no topic for a later `-nya`/`dia`/`he`; when they do
 * report (`Tersangka Y mengaku …`, `kata korban`) they are a source like anyone else.
 * Lowercase; matched against the first word of a person's role.
 */
export const PATIENT_ROLES: ReadonlySet<string> = new Set(
  // Indonesian: victim, suspect (and the presumed one), accused, convicted, perpetrator,
  // prisoner, detainee, fugitive.
  (
    'korban tersangka terduga terdakwa terpidana pelaku narapidana napi tahanan buronan ' +
    // English (en.republika.co.id).
    'victim suspect defendant convict perpetrator detainee fugitive'
  ).split(' '),
);
