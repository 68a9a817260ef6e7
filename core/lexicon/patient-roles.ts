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

/**
 * Verbs of dying (`Korban tewas di tempat`, `X meninggal dunia`, `her son died after …`): the one
 * who died is what befell, talked about as one acted upon is, and not who speaks the next quote.
 * Lowercase; matched as the first word of a subject's predicate.
 */
export const DEATH_VERBS: ReadonlySet<string> = new Set(
  // Indonesian: killed, died, passed away (of a respected person), fell (in service), drowned.
  (
    'tewas meninggal wafat gugur tenggelam ' +
    // English (en.republika.co.id).
    'died dies drowned perished'
  ).split(' '),
);

/**
 * English nouns for the victims of an event (`Among the dead was X`, `the injured`, `the
 * missing`): the people they list are talked about, never a sentence's speaking subject.
 */
export const EN_VICTIM_GROUPS: ReadonlySet<string> = new Set(
  `dead injured wounded missing victims casualties killed arrested detained suspects hostages`.split(
    ' ',
  ),
);

/**
 * Words written right before a dead person's name or the relation that names them (`almarhum X`,
 * `mendiang istrinya, Y`, `almarhumah ibunya`): whoever they name died before the story, so speaks
 * none of its quotes. Lowercase, without a final dot (`alm.`).
 */
export const LATE_MARKERS: ReadonlySet<string> = new Set(
  'almarhum almarhumah mendiang alm almh'.split(' '),
);
