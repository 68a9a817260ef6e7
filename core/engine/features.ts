/**
 * The engine's switchable rules and features, by name, so `npm run eval -- --ablate` can turn each
 * off in turn and list which dev articles and scores change without it. A rule that changes one
 * article and nothing else is a special case, not a principle: fold it into a model or drop it.
 *
 * Every feature is on unless an evaluation run switches it off. The product never switches any
 * off; the set below only exists for that measurement, and it is plain data (no hidden state in
 * the analysis itself beyond this one set).
 */

/** Each switchable rule or feature, with what it does. */
export const FEATURES = {
  // Reported-speech rules (reported/reported-speech.ts), in the order they are tried.
  'reported.menNouns':
    'a noun shaped like a `meN-` verb (`menit`, `menteri`, `mesin`; lexicon/verb-lookalikes.ts MEN_SHAPED_NOUNS) predicates nothing in what follows a cue (`menyarankan pergantian pemain pada menit ke-70` is a noun object)',
  'reported.contrastEndsObject':
    'a contrast opening a clause after a comma (`menjanjikan tambahan kader, tetapi hingga kini belum terealisasi`) ends the main part of what follows a cue: a noun object before it is no reported statement',
  'reported.menurut': '`Menurut X, …`, `menurutnya …`, `according to X, …`',
  'reported.midCue': '`…, kata X, …` and sentence-final `…, kata X.`',
  'reported.withCue': '`…, dengan menambahkan bahwa …`',
  'reported.preCue': '`X mengatakan(,| bahwa) …`',
  'reported.englishPhrasalUrge':
    'an English urging verb with a particle (`X called on regents to …`, `appealed to residents to …`) is a pre-posed cue: the addressee and the infinitive are what was urged, the subject speaks',
  'reported.englishCueAdjunct':
    'after an English cue, a preposition with no `that` and no finite verb after it (`"…," a driver said from the pier`, `X said by phone`) tells where or how the statement was made, and reports nothing',
  'reported.passive':
    'a passive cue with its agent, opening the sentence (`Disampaikan (oleh) X, …`, `Dikatakannya, …`) or inside it (`S dinilai X lebih buruk …`)',
  'reported.embeddedStatement': '`pernyataan X … yang menyatakan (bahwa) …`',
  'reported.colonCue': '`X: …` without marks',
  'reported.bareKata': '`Pemerintah kata dia akan …`',
  'reported.englishTail': 'English `…, Minister X declared.` / `…, he said.` without marks',
  'reported.englishTailParticiple':
    'an English tail cue followed by a comma and a participle (`…, she said, pointing to …`, `…, he said, adding that …`) still closes the clause before the speaker, and so does a telling cue with its addressee (`…, she told reporters.`, `…, he told the court on Monday, adding …`; lexicon/cues-en.ts EN_TOLD_ADDRESSEES)',
  'reported.englishTailArticle':
    'an English institution after the comma may keep its article: `…, the Foreign Ministry said.` closes the clause at the comma',
  'reported.englishTimeAfterCue':
    'an English time phrase right after the cue (`said on Sunday his team …`, `said last week the plan …`) dates it; the clause follows',
  'reported.timeSpanOpensClause':
    'a span of time right after a cue (`menyebutkan dalam sebulan terakhir pihaknya …`, `mengatakan selama ini warga …`) opens the reported clause, not an adjunct of the cue running to a comma (reported/time-span.ts)',
  'reported.toldBare':
    'English `X told reporters the minister had left`: after the press (by name too: `told Republika`), a chamber or a court, a bare clause with its finite auxiliary',
  'reported.englishAddresseeThat':
    'English `X warned investors that …`, `X promised residents that …`: after a cue that may name its addressee, the clause opens at `that` (reported/pre-cue.ts)',
  'reported.englishParticiple': 'English `X criticised the plan, saying …` (the sentence speaker)',
  'reported.placeDayAside':
    'a place and day set off by commas between subject and cue is skipped (`X di Bandung, Selasa, mengatakan …`)',
  'reported.regionAfterSource':
    'after `Menurut X asal Y,`, a region set off by commas (`Jawa Barat,`) closes the source too: the statement starts after it',
  'reported.originAside':
    'where the subject comes from, between it and the cue, is skipped (`X dari Tegal, Jawa Tengah, mengatakan`, `X, 40, from Dili said`)',
  'reported.dayPhraseAside':
    'a day phrase with `pada` between subject and cue is skipped (`X pada Rabu sore mengatakan …`)',
  'reported.areasAfterDescription':
    'the wider areas set off after a description of where the subject lives are skipped (`X (34), warga Kecamatan A, Kabupaten B, mengatakan`), so the description, not the last area, is read with its name',
  'reported.circumstanceAside':
    'whom a statement was told to or when it was asked for, between subject and cue, is skipped (`X kepada wartawan mengatakan`, `X saat ditemui di kantornya, Senin (3/4), mengatakan`)',
  'reported.englishViewFrame':
    'an English sentence opening `In her view, …` / `In their opinion, …` reports the clause after the comma, the possessive pointing back to the speaker as `according to her` does',
  'reported.englishLowercaseAffiliation':
    'where an English speaker works, in lowercase between the name and the cue, is skipped (`Rina Kartika of the provincial health office said …`)',
  'reported.circumstanceAfterAppositive':
    'the circumstance of a statement after the comma that closes an appositive name is skipped as after a bare name (`Kepala Dinas X, Budi, saat ditemui di kantornya mengakui …`)',
  'reported.openingCue':
    'a post-posed cue opening a sentence with its speaker and a comma reports the clause after it (`Kata dia, …`, `Kata Budi, …`), as `Menurut dia, …` does',
  'reported.possessedChannel':
    'after a channel preposition, any lowercase noun owned by the subject (`-nya`) is the occasion of the statement (`X dalam kesaksiannya mengatakan`, `X dalam kunjungannya ke pasar menyebut`), skipped like a listed channel',
  'reported.capacityAside':
    'the capacity a named subject speaks in, between it and the cue, is skipped (`X selaku tuan rumah mengatakan`, `X, sebagai ketua panitia, menyebut`): it describes the subject and names nobody (reported/subject-aside.ts)',
  'cast.englishNickname':
    "an English aside naming the name a person goes by (`X, popularly known as Pak Joni`, `X, nicknamed Joni`) gives the person that nickname, as `akrab disapa` does; not after an organisation's head word (`the Green Party, known as …`) unless a familiar form of address opens it (cast/nickname-cue.ts)",
  'cast.joinedClauseSubject':
    'a run after a comma and a clause-joining conjunction (`…, sementara Rina mencuci piring`) opens that clause as its subject',
  'cast.nicknameOfSubject':
    "a nickname in a later paragraph than the latest person, named only after a preposition (`menyeduh kopi untuk Kakek Y`), is of that paragraph's latest person subject",
  'cast.bareFullName':
    'a full name written alone (or after honorifics only) is kept as the canonical name over a later shorter form (`Kwee Siu Lan` … `Siu Lan`)',
  'cast.initialsBeforeSeat':
    'a role’s organisation written by the initials of its first words, its seat after them (`Ketua PN Pontianak` for `Ketua Pengadilan Negeri Pontianak`)',
  'cast.groupFirstRole':
    'a list of people (`A dan B`) takes its first member’s clause role, not the last member’s list position',
  'cast.capacityRole':
    'a person with no role who speaks in a capacity written after the name (`X selaku kuasa hukum korban mengatakan`, `X, sebagai ketua panitia, menyebut`) holds it as the role (names/capacity-after-name.ts)',
  'reported.setOffCircumstance':
    'a circumstance set off by commas between subject and cue, opened by a time word or the addressee (`Menhub, saat meninjau posko, meminta …`, `X, ketika dihubungi, Senin (3/4), mengatakan`), is skipped: it is no role set off after the name',
  'reported.setOffConnective':
    'a connective set off by commas between subject and cue (`X, sementara itu, mengatakan …`, `X, di sisi lain, menilai …`, `X, meanwhile, said …`) is skipped: it links the sentence to the one before and is no role set off after the name',
  'reported.urgedRelative':
    'an urged bare clause whose addressee has a relative clause: the predicate after it (`meminta warga yang belum terdata melapor …`)',
  'reported.englishTitledDocument':
    'an English document named by its capitalised title with the noun last (`according to the Regional Nutrition Survey`) is a document source, no speaker',
  'reported.documentSource':
    'a document or figure as the subject or agent of a cue reports nothing (`Laporan X menyebutkan …`, `…, sebut data itu`)',
  'reported.sayingTakesClause':
    'after a cue of plain saying a noun first does not make an object: `mengatakan pembeli sepi sejak harga naik` reports a clause',
  'reported.roleBeforeNested':
    'a second report whose subject is set off after its own role right after the first cue (`Rina menyebut Bupati X, Nama, telah meminta …`) is inside what the first reports, not a statement of its own',
  'reported.nestedReport':
    "a report whose subject the first clause opens by a description (`X menyebut, salah seorang sopir, Y (41), mengaku …`) is inside it: the outer speaker's one quote",
  'reported.frameAfterQuote':
    '`“…,” menurut X` credits the quote before it to X, and reads no clause after X',
  'reported.coordinatorFirst':
    'a coordinator before a pre-posed cue (`X menemui para pedagang dan berjanji …`) gives the sentence subject, not the object before it',
  'reported.coordinatedCue':
    'a pre-posed cue joined to an earlier predicate by a coordinator (`X memahami alasan itu, tetapi meminta agar …`, `X menyambut baik aturan itu dan mengatakan …`) has the sentence’s subject, read before its first verb (reported/coordinated-cue.ts)',
  'reported.adjectivalCue':
    'a cue that is also an adjective right after a noun it describes (`Keperluan mendesak di posko, ujar dia, adalah tenda`: an urgent need) reports nothing, so the cue after it does (lexicon/cues.ts ADJECTIVAL_CUES)',
  'reported.agreedThat':
    'a verb of agreeing followed by `bahwa` reports a clause (`X dan Y sepakat bahwa …`, `X setuju bahwa …`); without `bahwa` it agrees to an act or a thing and reports nothing (lexicon/cues.ts AGREEING_CUES)',
  'reported.bareVerbs':
    'a bare intransitive verb (`selesai`, `naik`, `tiba` …) carries a clause’s predicate: `X memperkirakan perbaikan baru selesai bulan depan` reports a clause, not a noun object',
  'reported.sayingRelative':
    'after a cue of plain saying (`mengatakan`, `berkata`), a relative `yang` ends the subject of what was said (`mengatakan pasokan yang biasa datang kini tinggal separuh`), so the words are a clause unless a thing said opens them (`hal yang sama`, `apa yang terjadi`)',
  'reported.predicateAdverbs':
    'an adverb or auxiliary that stands only before a predicate (`segera`, `kembali`, `ikut`) carries a reported clause’s predicate: `X berharap bantuan segera datang`, `berharap pasokan kembali normal` report a clause, not a noun object (reported/noun-object.ts)',
  'reported.urgingSupport':
    '`mendorong` and `menuntut` report a bare clause when they urge a party (`X mendorong pemerintah kota memperbaiki …`, `menuntut pengelola pasar membersihkan …`): a lowercase public or institutional head (lexicon/cues.ts URGED_PARTIES), any person, role, member or organisation head, or a capitalised name, then a predicate, also after a relative clause on the party (`mendorong nelayan yang masih memakai cantrang beralih …`); a thing pushed or claimed (`mendorong gerobak menyusuri gang`, `menuntut ganti rugi`) reports nothing',
  'reported.statementOccasion':
    'the occasion of a statement after `dalam`, between subject and cue, is skipped like a channel (`X dalam sidang paripurna mengusulkan …`, `X dalam kesempatan itu menegaskan …`; lexicon/cues.ts STATEMENT_OCCASIONS)',
  'reported.channelRelative':
    'a statement channel between subject and cue may carry a relative clause past its plain length (`X melalui surat edaran yang ditandatangani kemarin menyatakan …`), so the subject is still read before it (names/statement-channel.ts)',
  'names.relativeClauseRun':
    'a run right before the cue inside the relative clause of an unnamed subject opening the sentence (`Seorang sopir yang biasa mangkal di depan toko X mengatakan …`) is no subject: the unnamed person is',
  'names.titleThenClauseSubject':
    'after a bare title and a comma (`Menurut Kapolres, Budi bukan pelaku tunggal`), a name the sentence goes on from (no comma, end or adjunct after it) opens the reported clause: it is not the title’s holder',
  'names.model.headAfterNameWords':
    'a person’s head word (`Hakim`, `Imam`) after name words, one of them a word the name lists know, is the next name word, though the word right before it is a spelling no list knows (`Menteri Arief Rachmat Hakim`)',
  'names.model.areaHeadPlace':
    'a word the article writes after a capitalised area head (`Desa X`) is a place, alone after an office (`Perbekel X itu`) no person',
  'names.rankOneInRole':
    'a lone `I` after a capitalised role word (`Wakil Rektor I`) is the Roman one ranking the office, in the role',
  'names.bodyOwnRun':
    'a run opening with a body’s head or an office unit and holding no office (`Komite Etik Universitas X (UX) menyatakan`, `Kanwil Kemenag Jatim menilai`) is that body speaking as such, also when an acronym spelling its last words closes it; read as an office it named nobody',
  'names.describedRelativeSubject':
    'a description that opens its sentence with a person noun or a role head and a relative clause, closed by a demonstrative before a cue, may run as long as an unnamed subject (`Perempuan yang menjahit kebaya sejak kelas enam SD itu menuturkan …`), so the cue has its subject',
  'names.oneOfUnnamed':
    '`salah seorang` before a lowercase noun, or `salah satu` before a person noun, opens an unnamed subject as `seorang` does (`Salah seorang warga, buruh pabrik, mengatakan …`): a later `-nya` means that person, not the one named before',
  'names.regionBeforeDemonstrative':
    'a region set off by commas between a description’s place and its demonstrative (`Atlet asal Tondano, Minahasa Raya, itu menuturkan …`, `Pemain kelahiran X, Y, itu …`, `… dari X, Y, tersebut …`) belongs to the description, so the cue has its subject',
  'reported.withCueBare':
    'a cue in a `dengan` adjunct after the subject’s verb takes a bare clause too (`X mengakhiri kunjungan dengan memastikan jembatan darurat dibangun …`, `… dengan meminta lurah mendata …`), unless the words after it are the verb’s object or an urging verb urges no clause',
  'reported.bareAgeAside':
    'a bare age set off by commas between a name and its cue is skipped (`Bambang Susilo, 74, said …`, `Sumiati, 61, mengatakan …`), so the name is the subject',
  'reported.englishAdjunctParticiple':
    'an English adjunct after the cue closed by a comma and an -ing participle (`X said on Monday, still mending a torn net`) reports nothing: the participle tells what the speaker did',
  'reported.clauseTest':
    'a reported clause has a lowercase word: a run of names cut off by the next cue, or a headline after a colon, is none',
  'names.knownNameAffiliated':
    'one known name word before an affiliation (`Dwi dari YLKI mengingatkan`) is the speaker, not the organisation',
  'names.describedGroup':
    'people listed before a description between commas (`A dan B, dua warga Desa X, mengaku`) are the subject together',
  'names.regionInDescription':
    'a place’s region set off by commas inside a description after a cue (`kata perwira asal Klungsari, Jawa Tengah, itu`) is still the description, which the demonstrative after it closes',
  'names.englishOrganisation':
    'an English organisation head closing a run or opening its `of`/`for the` complement makes the run one organisation (`Ministry of Foreign Affairs`)',
  'text.foreignDoubledConsonant':
    'a capitalised word shaped like a derived noun or verb (`ke-…-an`, `meN-…-an`) that doubles a consonant Indonesian derivation never doubles (all but those the NER corpora show doubled: g, k, n) is a surname, not a common word (`kata Kellerman`)',
  'text.relatedLinkTitles':
    'up to three lines after a related-links label alone on its line (`Baca Juga:`, `Read also:`) that no sentence punctuation closes are the linked headlines, in any case (English ones are sentence case), never prose',
  'text.headlineLine':
    'a headline-shaped body line (a related article between paragraphs, a subhead, `Editor: …`) is skipped: short, title-cased, closed by no punctuation, so its words never glue onto a name',
  'text.outletDateline':
    "another outlet's dateline (`KANALTUJUH.id, Makassar - `, `JAKARTA, HARIANSATU.com — `) opens the body as Republika's does, so the headline and captions above it are header, not running text",
  'text.outletClutter':
    "other outlets' closing and in-body lines are clutter, never prose: credit and tag labels (`Pewarta: …`, `Editor: …`, `Pilihan Editor: …`, `Tag: …`), the copyright line (`Copyright © …`), the desk's initials (`(abc/def)`) and newsletter prompts (`Simak breaking news …`)",
  'text.cityDateline':
    'a dateline of the city alone opens the body too: the agency in brackets (`Jakarta (ANTARA) - `) or a bare city and a spaced dash opening a lead paragraph below the header (`Medan - `), so the headline and caption above it are header, not running text',
  'names.openingPreposition':
    'a preposition opening a sentence before a name (`Bersama Rina, tetangganya, …`, `Tanpa Hendra, …`) is never the name’s first word',
  'names.unitDigit':
    'one digit between two capitalised words numbers a unit (`SMA Negeri 2 Cibening`, `Daerah Operasi 1 Jakarta`): the seat after it stays in the unit’s name, not a speaker of its own',
  'names.memberOfInstitution':
    'a campus, school or hospital head after a member noun makes the words after it the institution (`seorang mahasiswi Institut Teknologi X mengaku`): an unnamed member speaks, not a person called X',
  'names.circumstanceEndsMention':
    'after a named speaker at a post-posed cue, a circumstance (`kata Kiai Rudi saat dijumpai di rumahnya, Jalan X`) ends the mention: the run after its comma is where, not who',
  'names.yearInDescription':
    'a year or class number between an institution and the demonstrative closing a description after a cue (`tegas perwira lulusan Akmil 2001 itu`) is the description’s: it points back, nobody called by the institution speaks',
  'names.prepositionBeforePreposition':
    'a preposition right before another in a description after a cue has no object either (`kata dokter penyakit dalam di puskesmas X itu`): it is a word of the description, which reads on to its demonstrative',
  'names.englishAnotherSubject':
    'an English subject opened by `another` (`Another baker said …`) is somebody unnamed, as one opened by `a` is',
  'names.englishStackedRelative':
    'an English unnamed subject may carry two relative clauses (`A fan who came from X to watch the derby, who asked that his name be withheld, said …`): the head is the noun before the first',
  'names.englishTailBeforeRelative':
    'the head of an English unnamed subject may stand before a place and a relative clause not set off by commas (`A boat guide in X who asked not to be named said …`), as before one set off',
  'names.englishAppositiveRelative':
    'an English unnamed speaker set off as an appositive whose relative clause is not set off (`Another returnee, a mother from X who asked not to be named, said …`) is read up to the comma before the cue',
  'names.birthTime':
    'when a person was born, after `kelahiran` in a description (`Menurut pria kelahiran 1978 itu`, `kata perempuan kelahiran Ende 52 tahun lalu itu`), is still the description: the number ends nothing, and the birthplace is nobody who speaks',
  'cast.roleInitials':
    'a capital acronym spelled by the initials of a person’s role’s opening words (`GM` after `General Manager Wilayah X, Rina …`) is that person’s title, not an organisation',
  'names.model.longAreaName':
    'an area head with no office before it (`warga Kelurahan A B C`) opens a place of up to four words, no person',
  'names.model.companyName':
    'after `PT`/`CV`, words no name lexicon or the article knows as a person’s stay in the company’s name while a given name and one more word follow (`Kepala Riset PT Cakra Sekuritas Rudi Hartawan`)',
  'names.model.orgWordOpensName':
    'a run of three name words with nothing before it, opened by a word the corpora know only from organisations (`Mitra`, `Bina`), is one person’s name (`…, juru bicara X, Mitra Anjani Lestari, …`)',
  'names.model.companyTypeWord':
    'after `PT`/`CV`, a word naming the line of business or legal form (`Sekuritas`, `Asuransi`, `Tbk`) closes the company’s name: the person starts after it even when no lexicon knows the next word as a given name',
  'names.model.honorificOpensName':
    'an honorific right before the name (`Dr Ratna Sari Dewi Lubis`) opens a person’s name: a later word that also names a district or an organisation (`Sari`) stays in the name, except after a head naming an institution or area (`RSUD Dr X`)',
  'names.englishOrgBracketCloses':
    'an English organisation’s bracketed short form closes its name before a person (`Institute for Development of Economics (IDE) Fadhil Budi Santoso`): the name starts right after the bracket even when no lexicon knows its first word, unless that word is a known place, the seat',
  'names.model.honorificAfterSeat':
    'after a title form in brackets, a written-out honorific or a Balinese article further on (`(BBWS) Cimanuk Hilir Ir I Gusti Made Sudarsa`, `… Hilir I Gusti …`) opens the name: the words before it are the office’s seat, however many',
  'names.model.openerInLongRun':
    'in a run too long for one name (`Wakil Dekan Urusan Kemahasiswaan Unsat Andi Nurul Ayu Pallawa`), the first given name or regional opener with at most four name words from it starts the person, instead of only the last two words',
  'names.englishUnitOfficeAfterCue':
    'after an English cue, a unit’s name, a lowercase office head and a name (`said Cibening Police chief Yosef Manuhutu`, `said Cibening village head Yosef`) are one mention: the person speaks with the unit and office as role, not the unit',
  'names.model.balineseArticleBack':
    'a name start that falls inside a Balinese name (`… Dr I Gusti Kade Sudarsa` … `tegas Sudarsa`) goes back to its article `I`/`Ni`: the article and caste words are the name’s, never the role’s',
  'names.initialAfterCue':
    'one capital letter spelling a function word (`A`), written without its dot right after an Indonesian cue and before two name words (`kata A Syafii Rahman`), is the name’s initial: the English article never follows `kata`',
  'names.model.companyTypeInRun':
    'a line-of-business word after `PT`/`CV` and more of the company’s words (`Kepala Ekonom PT Bank Sentosa Sekuritas Rudi Hartawan`) closes the company’s name there too: the name does not open with `Sekuritas`',
  'names.englishOrgPerson':
    "a person named after an English organisation's complement closes the run (`Ministry of Trade Dimas Arya`): the person speaks, the organisation is the role",
  'names.englishPortfolioComplement':
    'an English organisation’s complement made only of portfolio words (`Ministry of Trade`, `Ministry of Home Affairs`) ends at the first word that is none: two name words or more from there are the person even when no lexicon knows the first as a given name',
  'names.degreeShapeAfterTitle':
    'after a name opened by a degree holder’s title (`Dr.`, `dr.`, `drg.`, `Prof.`, `Ir.`, `Drs.`, `Dra.`) not right after an institution’s head (`RSUP Dr. X`), a word of a degree’s shape set off by commas (`Dr. X, M.Psi, menilai`) is a degree even with no other degree before it: the degree is never the speaker',
  'names.model.namesakeAfterHead':
    'a titled name right after the head of an institution often named after an honoured person (`RSUD dr. X Garut, dr. Y`) is the institution’s name, no member’s, when another titled name is set off right after the run or a later degree holder’s title in the run starts the person',
  'names.kinObjectApposition':
    'a kin phrase set off after a name and followed by another name set off before the cue (`A (60), ayah dari dua korban, B (20), mengatakan`) says whose kin A is: A speaks, B is the person the phrase is about',
  'names.churchOfficeTitles':
    'a church office written short in title case (`St.` Sintua, `Pnt.` Penatua, `Dkn.` Diaken) is a title, out of the name; in capitals (`DKN`) it is none, and `St.` after a name word (a Minang `St.` Sutan) is none either',
  'names.model.balineseNobleWord':
    'a word a few words after a Balinese name’s opening (`I Gusti Ngurah`, `Cokorda Gde`) that spells a role word (`Agung`, as in `Jaksa Agung`) is a noble’s name word, not the end of a role',
  'names.unnamedWithOrigin':
    'a run right after `asal` before the cue, in a sentence opened by an unnamed subject whose lowercase description is set off by a comma (`Seorang pembeli, pedagang sayur asal X, mengatakan`), is where that person comes from: the unnamed person speaks, never the place',
  'names.englishPlaceOfPerson':
    'a country or place after `of` closing a run whose words before it read as a person’s (`Lars Bramantyo of Denmark`) is where the person is from, no part of the name',
  'names.unnamedKinOf':
    'an unnamed subject described by a relation to a name (`Seorang tetangga X mengatakan`, `Salah seorang kerabat X menyebut`) speaks; the name is whose neighbour or relative they are',
  'names.relativeDescription':
    'after a cue, a role closed by a demonstrative after its relative clause (`ujar politikus yang pernah menjabat Ketua Komisi B itu`) points back to its holder, as `politikus itu` does, instead of naming an unnamed speaker',
  'discourse.openingDescriptionGoesOn':
    'a description by age band opening a statement before its quote (`Nenek tujuh cucu itu mengatakan, “…”`) keeps the person the model chose, the one the text was going on about, over an aged person named earlier; at a cue after the quote the band still decides (`kata remaja itu`)',
  'names.ageAsPredicate':
    'an age told as the predicate right after a name (`Darmini kini berusia 61 tahun`, `Sukarsih baru 38 tahun, sedangkan …`) is that person’s, as one in brackets or set off by commas is; a bare count of years only when the clause closes right after it (`sudah 20 tahun berjualan` counts something else)',
  'names.nyaWordNoName':
    'a word of seven letters or more ending in `-nya` opening a sentence (`Akhirnya, …`, `Bedanya, …`) is a sentence adverb or a possessed noun, never a name word (the NER corpora tag none in a person’s name); inside a sentence a capitalised one is a name (`kata Athanya`)',
  'names.possessedRelation':
    'a kin or relation noun owned by `-nya` (`Adiknya, …`, `Rekannya, …`) is never a name, even capitalised to open a sentence: the person is the one named after it',
  'names.indefiniteOpens':
    'a description at a cue opened by `seorang`/`salah seorang` and closed by a demonstrative (`ujar seorang pengurus masjid tersebut`) introduces an unnamed person: the demonstrative belongs to the noun before it, no person is pointed back to',
  'cast.kinOwnerIntroduces':
    'a name set off after a kin phrase whose owner is a named person (`Ayah Galang, Warsidi, …`) introduces a person, even a lone word',
  'names.model.bodySeatAfterBracket':
    "after a title form in brackets, a body's acronym or head followed only by known places (`Kepala Pelaksana (Kalaksa) BPBD X`) is the office's body and seat: the run names nobody",
  'cast.orgShortAtCue':
    'a name read at a cue whose written words stand together inside one organisation the cast holds, and that no entity is called by (`tulis Asuransi Sentosa` after `PT Asuransi Sentosa Cabang X`), is that organisation',
  'cast.originInList':
    'two people each set with the place they come from and joined by `dan` (`A dari Desa X dan B dari Desa Y`) are one pair, whom a later `mereka`/`keduanya` means',
  'names.englishAgeApposition':
    'an English apposition opening with an age (`Wartini, a 58-year-old rice farmer, …`) gives the lone name before it an age, so it names a person',
  'names.rankInBrackets':
    "a bracket holding a rank word (`Laksdya TNI (Purn) X`) says the rank is retired: no members' noun of the force before it, so the given name after it stays the name's",
  'names.kinPossessor':
    'a capitalised kin noun before a name closed by a demonstrative or set off before another name (`Istri Budi itu …`, `Istri Budi, Sri, …`) is the kin of the person named: the name is a possessor, no part of the name and no subject',
  'names.shortFormOrganisation':
    "a run with no person evidence introduced with its short form in brackets, opening with the run's first letter, is an organisation when seat words follow the bracket or an acronym closes it (`Gerakan Pemantau Anggaran (Gepa) Jawa Barat`, `Wahana Pecinta Alam Cibening (WPAC)`)",
  'names.joinedOrganisation':
    'an organisation whose full name, opened by an organisation head, holds a joining word (`dan`, `untuk`, `bagi`, `tentang`) and is closed by its bracketed short form, with or without its seat after it (`Organisasi Pangan dan Pertanian (FAO) menyebut`, `Himpunan Pedagang Beras dan Palawija (Hipeba) Jawa Tengah menilai`), speaks as one organisation, even when the short form does not spell the name (names/joined-org.ts)',
  'names.fieldListOffice':
    "an office named by a comma list of its fields closed by `dan` (`Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi`, `Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi X`) is one organisation or one holder's role, not a group",
  'cast.fieldListInText':
    'in the running text, an office named by its field list (`Kepala Dinas Pemuda, Olahraga dan Pariwisata Kota X Rina Kartika menyambut …`, `Dinas A, B, dan C menggelar …`) is read as one run: its holder gets the whole list as the role, and the head run is no person called by the first field (`Pemuda`) whom a later `Ia` means',
  'names.fieldListLooseJoin':
    "an office's field list closed by `dan`/`and` without a comma before it (`Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi X`), or opened by a company post (`Area Manager Communication, Relations and CSR PT X Rina`, `Manajer Humas, Hukum dan Umum PT X Rina`), is one role of the person named after it, not a list of speakers",
  'names.organisationWithDan':
    "`dan` after an organisation's name before one more word no one uses as a person's name (`Kementerian Pesisir dan Digital (KPD) menyatakan`) joins that word to the name: one organisation speaks, not an organisation and a person",
  'names.honouredAffiliate':
    "an honorific opens a person's name after `dari/di/pada` and an organisation: the person speaks (`Dosen dari Universitas X Dr Sari Wulan menilai`), not an unnamed member",
  'names.englishAffiliationRole':
    'an English office before a name keeps the organisation written after it (`Water engineer X of the River Research Centre said` → `Water engineer of the River Research Centre`)',
  'names.englishLongAppositive':
    'an English description before `, NAME, said` may spell its agency in full with the acronym in brackets (`The director of the X Provincial Forest Fire Response Office (PFFRO), NAME, said`), up to 16 words',
  'names.englishPronounRelation':
    'an English kin or working relation owned by a possessive pronoun opening the sentence, set off before a name (`His wife, Y, 49, sells …`), is how the person is related: the relation noun is shown as the role, as `Istrinya, Y` shows `istri`',
  'names.englishRelationBefore':
    'an English kin or working relation after a possessive, set off before a name opening its sentence (`Tarjo’s daughter, Y, runs …`, `The museum’s supervisor, Y, …`), is how the person is related, shown as the role (names/english-appositive.ts)',
  'names.englishOfficeOverRank':
    'an English office set off before a name read with a rank (`The head of the traffic unit of X Police, AKBP Tarjo Sumarlin, said`) is the role, with the rank after it, not the rank alone (names/english-appositive.ts)',
  'names.englishAppositiveRole':
    "an English description with an office opening the sentence before a name set off by commas is that person's role (`Malaysia's ambassador to Peru, Dr. X, said`)",
  'names.englishDescriptionSource':
    'an English `the` description after `according to` points back as one before a cue does (`According to the ambassador, …`)',
  'names.englishOfficeIn':
    'an English office with where it serves before its holder (`FAO representative in Laos X said`) opens the mention: the name after the place speaks, the office is the role',
  'quotes.englishOneDescription':
    'after an English quote, `one` opens an unnamed description before its cue as `a` does (`“…,” one supporter said`): nobody the article named',
  'quotes.englishRelativeAside':
    'after an English quote, an indefinite description with a relative clause set off by commas before the cue (`“…,” one fan, who travelled from X to see the match, told Republika`) is somebody the article never names; a name there (`“…,” X, who scored twice, said`) is the speaker',
  'quotes.anonymousAsideBeforeCue':
    'after a closing mark, an English description set off before an aside that withholds the name (`“…,” another driver, who declined to be named, said`) is the cue’s unnamed speaker',
  'quotes.englishSubjectBeforeCue':
    'after a closing mark, an English subject longer than a role and a name, then its cue (`“…,” FAO representative in Laos X said`), read as before a pre-posed cue',
  'names.englishRoleBeforeAffiliated':
    'a lowercase role before a person named before `of/at/from the` and an organisation is the role (`Energy economist X of the Institute said`): the person speaks',
  'reported.englishAmountNotAdjunct':
    'an English amount right after the cue (`said at least four …`) opens the clause; its preposition opens no adjunct of the cue',
  'reported.englishInfinitiveAfterCue':
    'an English cue straight before an infinitive (`a trader who asked not to be named said …`) reports no clause; the cue after it does',
  'reported.englishCoordinatedCue':
    "a second English cue joined to the first by `but`/`and` (`X said the plan was sound but warned that …`) reports its own `that` clause, the sentence speaker's; the first clause ends at the conjunction",
  'reported.tellNotInverted':
    'after a comma an English telling cue (`…, told reporters in X on Monday that …`) is followed by its addressee, never an inverted speaker',
  'reported.englishMidClauseBefore':
    'an English cue set off by commas after a whole clause (`The city had opened 15 shelters, X added, each run by volunteers.`) reports the clause before it when that clause holds a finite auxiliary (`had`, `was`, `will` …) and the phrase after it has no finite verb',
  'names.englishAffiliationShortForm':
    'an English affiliation written without `the` may close with the organisation’s short form in brackets (`Prof. X of Nusa University (UNU) believes …`): the name before `of` is still the speaker',
  'names.englishAffiliationBare':
    'an English person named before `of`/`from`/`at` and an organisation or place without `the` is the speaker (`Dewi Kartikasari of Tanjung Harapan University said`), not the organisation or its last word',
  'names.englishOrgBracketComplement':
    'an English organisation with its acronym in brackets between its head and the complement (`The Forest Agency (FA) of East Kalimantan said`) is one organisation, named as written with the acronym its alias, not a person called by the region’s last word',
  'names.englishAffiliation':
    'a person named before `of/at/from the` and an organisation is the speaker (`Rina Sarwono of the Centre for Trade (CTF) said`)',
  'quotes.nicknameInName':
    "a nickname in quotation marks between a person's name words (`Budi “Gareng” Santoso`) is no quote",
  'quotes.interrupted':
    'the second half of a quote its post-posed cue interrupts takes that cue and speaker (`“…,” ujar X, “…”`)',
  'quotes.labelClosesClause':
    'a quoted label after a cue and its object is a direct quote only when it closes the clause (`menyebut X sebagai “…”.`), not a term the clause runs on after',
  'quotes.channelBeforeCue':
    'a direct quote’s pre-posed cue reads its subject before the statement’s channel (`X dalam sambutannya mengatakan, “…”`)',
  'quotes.asideBeforeCue':
    'a direct quote’s pre-posed cue steps over the asides the reported cue does (`X, Rabu (4/5), mengatakan, “…”`, `X asal Kupang, NTT, mengatakan, “…”`, `X pada Senin malam menegaskan, “…”`)',
  'quotes.sourceBefore':
    'a sentence opening with its source runs into the quote: `Menurut X, “…”`, `Menurutnya: “…”`, `According to her, “…”`',
  'quotes.turnAlone':
    'a short question in marks that fills its paragraph (`“Pasokannya dari mana?”`) is a turn of an exchange, however few its words',
  'quotes.runOnCueBefore':
    'a quote running on into the next paragraph keeps the cue before it (`X mengatakan, “… ¶ “…”`), so its next part goes on from X',
  'names.unnamedRelativeSubject':
    'a sentence opening with an unnamed subject (an indefinite word, or a count before a person noun) whose relative clause runs up to the cue is that subject however long the clause (`Seorang penjual yang sudah berdagang di los itu sejak masih remaja menuturkan …`)',
  'names.phrasePieces':
    'an office acronym may shorten a two-word phrase as one piece (`Kadisnaker` = `Kepala Dinas Tenaga Kerja`, `Kasatlantas` = `Kepala Satuan Lalu Lintas`)',
  'names.model.reduplicatedNoun':
    'a word doubled with a hyphen opening a run before a name the article uses alone (`Jari-jari X bergerak …` … `kata X`) is a common noun, not the first word of the name (`Kupu-Kupu Malam` keeps it)',
  'names.unnamedDescriptionRun':
    'a run inside the description of an unnamed subject opening its sentence (`Seorang tukang parkir di dekat warung X menyebut …`: past a preposition) is an owner or a place in that description, not the subject',
  'names.indefiniteWithPlace':
    "an indefinite subject whose demonstrative closes a preposition's object (`Seorang pedagang di depan pasar tersebut mengatakan …`) is unnamed, not a description pointing back to somebody known (names/described-subject.ts)",
  'names.relativeSubjectAsides':
    'an unnamed subject with its relative clause (`names.unnamedRelativeSubject`) runs over a bracketed acronym in its head (`Seorang relawan dari Palang Merah (PMR) yang …`)',
  'names.demonstrativeClosesDescription':
    'a description after a cue ends at its demonstrative before one lowercase word of manner that closes the clause (`kata perempuan tua itu pelan.`): read on, it named nobody (names/mention-after.ts)',
  'names.organisationKindSubject':
    'an organisation named by its kind alone opening a reporting clause (`Perusahaan juga mengklaim …`, `Dalam keterangan tertulis, kementerian menegaskan …`, `Maskapai itu menyatakan …`) is the organisation meant, not a new one called `Kementerian` (names/organisation-subject.ts)',
  'names.personDescription':
    'a person noun opening a description closed by a demonstrative is a title mention (`Perempuan asal Ende itu mengatakan`)',
  'names.countedHolders':
    'a count before an office opening a clause (`Dua pelatih itu …`, `Kedua menteri tersebut …`) is the people holding that office when the article introduced exactly that many: one group a later `mereka`/`keduanya` means; read as a run, the count was a person',
  'names.sangSubject':
    'a `sang` description opening a clause in the running text (`Sang mantan kepala desa terlihat tertunduk …`) is a title record pointing back to the office’s holder, who then opens the sentence as its subject; read as a run, `Sang` was a person',
  'names.sangDescription':
    '`sang` before a role opening its clause is a title mention (`Sang pelatih menegaskan …`), like `Pelatih itu`',
  'names.englishDescription':
    'an English description opening with `the` before a cue (`The ministry also said`, `the minister said.`) is a title mention',
  'names.englishProperDescribedOrg':
    'an English `the` description whose lowercase organisation head follows a capitalised modifier (`The Thai navy said`, `The Malaysian government said`) names that organisation, which speaks',
  'names.englishGroupCrowd':
    'English crowds nobody named beyond persons: a plural organisation head (`Consumer groups said`, `Labour unions urged …`) and a family, also with `the` or a possessive (`The family of the victim said`, `The driver’s family said`)',
  // Name reading and matching.
  'names.degreeSuffix':
    'post-nominal degrees closing a run are neither name nor role (`Rina Kartika SH MH`)',
  'names.describedThenNamed':
    'an indefinite description the comma-framed name after it names is that person, not an unnamed subject (`Seorang pedagang sayur, Marni, mengaku`)',
  'names.bareAge':
    'an age without `berusia` before the closing demonstrative is part of a description (`kata perempuan 52 tahun itu`)',
  'names.objectlessPreposition':
    'a preposition right before the demonstrative closing a description has no object, so it is a word of the description (`kata ahli penyakit dalam itu`)',
  'names.spokenThrough':
    '`Melalui juru bicaranya X, Kementerian Y mengatakan`: X speaks, as `juru bicara Kementerian Y`',
  'names.placeNounsBeforePlace':
    'a run after a preposition and a lowercase locative noun (`Seorang warga yang ditemui di tepi Sungai X mengatakan`) is the unnamed subject’s place, as right after the preposition',
  'names.unnamedPlace':
    'a run after a preposition or `asal` inside an unnamed subject, before or after the cue, is its place, not the speaker (`Seorang pedagang asal X mengaku`, `kata seorang warga asal X`)',
  'names.describedAfterNote':
    'a lowercase description between commas after a name and its bracketed age (`Sukardi (52), pedagang asal X, mengaku`) describes that name, the subject',
  'names.emphaticSubject':
    'a subject closed by the emphatic `sendiri` before its relative clause (`Sari sendiri, yang …, meminta`) is read before `sendiri`',
  'names.typoMatch':
    'a lone name word matched to a cast member by edit distance, never one the article wrote before that person was introduced (no one misspells a name not given yet)',
  // The cast (cast/).
  'cast.middleDropped':
    'a later mention that leaves out middle words of a known name (`Darius Iskandar` for `Darius Ahmad Iskandar`: same first and last word) is that person',
  'cast.openerWordDropped':
    'a short form past the first word of a two-word regional opener (`Agung Raka` for `Anak Agung Gde Raka Suteja`, `Bagus Oka` for `Ida Bagus Putu Oka`) is that person, as a name with words skipped is',
  'cast.skippedWords':
    'a later mention of two words or more that leaves out words of one known name, keeping its first or its last word (`Rizal Harahap` for `Muhammad Rizal Fahmi Harahap`, `Cut Meutia` for `Cut Nyak Meutia Sari`), is that person when no one else fits',
  'cast.organisationPair':
    'two organisations joined by `dan` in one run (`Bank Sentosa dan OJK`, `Komisi X (KX) dan Komisi Y (KY)`) are two entities, each half opening with an organisation head or speaking alone elsewhere: a later `OJK menegaskan` is OJK, not the joined name',
  'cast.fieldAfterDan':
    'a cue subject read as a body named by its field and one word no name list knows, joined by `dan` (`Dinas Seni dan Budaya menyatakan`), is the one body, not a body and a person called `Budaya`',
  'cast.kindNoun':
    'a noun for a kind of organisation alone at a cue, capitalised to open its sentence (`Perusahaan juga menyatakan …`, `Kampus menyebut …`), is the latest organisation of that kind named before (`PT X`, `Universitas Y`), not a speaker called `Perusahaan`',
  'cast.pairDescribed':
    'two lone words joined by `dan` opening a clause with a description of people set off after them (`Rizal dan Fajar, dua pelajar SMP, datang …`) are two persons introduced to the cast, whom a later `mereka` means',
  'cast.titledAppositive':
    'honorifics before one name word, then a lowercase role or person noun between commas (`Hj Salmiah, pedagang beras …, menuturkan`), introduce that person as a bare name with its appositive does: a later description or `-nya` finds her',
  'cast.clippedNobleOpener':
    'a later mention that clips a Balinese noble opener (`Tjok X` for `Tjokorda Gde Bagus X`, `Cok Y` for `Cokorda Gde Agung Y`) is the same person, as an initial is',
  'cast.initialWord':
    'in a later mention that skips words of a known name (cast.skippedWords), one letter alone stands for the word it is the initial of (`M Rizal` for `Muhammad Rizal Fahmi`)',
  'cast.agreedName':
    'the canonical name is the form the mentions agree on, not the longest (`Garmen Rina Kartika` → `Rina Kartika`)',
  'cast.nameList':
    'people named in one list (`A, B, dan C`) are one group a later `mereka`/`ketiganya` means, not only the pair `dan` joins',
  'cast.appositiveRole':
    'a role set off by commas right after a name is its role (`X, pelatih tim itu, …`), so a bare title finds its holder; with an age before the comma it is cast.agedAppositiveRole’s reading',
  'names.placeInRoleBeforeRelative':
    'a place or institution opened by `asal`/`di`/`dari` stays in a role cut before its relative clause (`X, pedagang asal Garut yang kini berjualan di Bekasi, …` → `pedagang asal Garut`) instead of keeping the whole clause',
  'names.roleBeforeRelative':
    'a role set off after a name that runs into a relative clause closed by a comma ends at `yang` (`X, sopir angkot yang melayani trayek … sejak pabrik tutup, menolak …` → `sopir angkot`): the clause tells about the person, it is not what they are',
  'names.roleBeforeNamingWord':
    'the description opened by a role head before a naming word is the named person’s role (`Seorang petani bernama X` → `petani`, `sopir angkot bernama X`, `a farmer named X`)',
  'names.originAfterName':
    'where a person comes from, written with `asal` right after the name or its bracketed age (`X (58) asal Kabupaten Y`), goes on the role, after a role read before the name (`Salah seorang pedagang, X (58) asal Kabupaten Y,` → `pedagang asal Kabupaten Y`)',
  'names.sportEventRole':
    'the event written before a player (`tunggal putri X`, `Pasangan ganda putra X/Y`) is the player’s role',
  'cast.agedAppositiveRole':
    'an age in brackets between a name and its appositive role is stepped over (`X (39), warga Kecamatan Y, …`), and such a role may close its sentence (`… X (39), warga Kecamatan Y.`); a title inside it is the same mention’s (discourse-mentions.ts). Switched apart from cast.appositiveRole',
  'cast.ageAloneAppositiveRole':
    'an age alone between commas after a name (`X, 52 tahun, penjaga sekolah di Desa Y, …`) is stepped over to the appositive role after it, as a bracketed age is (cast.agedAppositiveRole); such a role may close its sentence',
  'cast.placedLongAppositive':
    'an appositive role that says where it is held (`X, perawat puskesmas pembantu di Desa Y, …`, `X, anggota dewan dari daerah pemilihan Y, …`) may run eight words, one more than an office alone',
  'cast.standingAppositive':
    'a parent set off after a name by the household they keep (`X, ibu tiga anak, …`, `X (37), ibu rumah tangga, …`, `X, ayah dua anak yang …`) has that standing as the role; no role head opens it (cast/standing-description.ts)',
  'cast.roleBeforeOverResidence':
    'a person with a role before the name’s comma and a residence after the name (`Pemilik kedua kapal, X, warga Kecamatan Y, …`) shows the role that introduced them, not where they live; an appositive that is a role of its own stays',
  'cast.standingAfterOffice':
    'a standing that says which holder of an office is meant (`terpilih`, `terdahulu`) may follow the office’s organisation or seat in a role before a name’s comma (`Ketua Umum Partai X terpilih, Y, …`), not only its noun',
  'cast.kinOwnerJoined':
    'a possessed kin noun joined to the person named before it (`Budi Santoso dan istrinya, X, …`, `Rina bersama suaminya, Y, …`) shows whose kin X is (`istri Budi Santoso`), not the kin noun alone',
  'cast.pointedOffice':
    'an official’s noun with a demonstrative before a name’s comma (`Pejabat itu, X, mengatakan …`) points back to the office that spoke unnamed just before (`Kepala Dinas Y membenarkan …`): that office is X’s role (cast/pointed-office.ts)',
  'cast.pointedOfficeAfterName':
    'an appositive after a name that points back by an office’s words and a demonstrative (`X, kepala kantor tersebut, …`, `X, nama kepala kantor itu, …`) means the office that spoke unnamed in the sentence before (`Kepala Dinas Y menyebut …`): that office is X’s role, not the pointing words (cast/pointed-office.ts)',
  'cast.pairCountedAppositive':
    'a role a count opens in the appositive after a pair (`A dan B, dua siswa kelas empat, …`, `A dan B, keduanya warga Desa X.`) is each member’s role, without the count',
  'cast.oneOfInRole':
    'a role before a name’s comma keeps the words saying the person is one of several (`Salah satu korban, X` → `Salah satu korban`, not `korban`): the role as introduced (cast/role-description.ts)',
  'cast.kinPhraseBeforeComma':
    'a kin or company noun opening the words before a name’s comma, with up to three words after it (`Ibunda Budi, X`, `Ayah almarhumah, X`, `putri sulung mereka, X`, `Rekan satu timnya, X`), is how the person is related, as written without a closing `-nya` or whose-word (cast/kin-before-name.ts)',
  'cast.agedClosedApposition':
    'an age bracketed right after a name (`Ibunda Budi, Hasnah (44), lebih …`) closes nothing: the comma after it closes the apposition as one right after the name does, so the words before the first comma are the name’s role or relation, not a list it ends (names/closed-apposition.ts)',
  'cast.oneOfDescription':
    'words saying a person is one of several open a description before the name’s comma whatever noun heads it (`Salah satu perumus fatwa, X`, `Salah seorang orang tua murid, Y` → `Salah seorang orang tua murid`, not `murid`): the role as introduced, with no role head needed (cast/role-description.ts); one a kin phrase ends (`Salah satu orang tua, X`) is how the person is related, no role (cast/role-before-comma.ts)',
  'cast.relativeAppositiveAtEnd':
    'an appositive role cut before its relative clause may close the sentence (`… kepada X, penari asal Solo yang kini tinggal di Bandung.` → `penari asal Solo`), as one after a bracketed age may: the `yang` clause tells about the person just named',
  'cast.identifiedAppositiveAtEnd':
    'a role set off after a name that a word identifies (`Pelanggan setianya adalah X, sopir angkot di Terminal Y.`, `Dialah X, …`) may close the sentence: the name is presented there, so the description is that person’s, not a clause after a framing comma',
  'cast.nicknameAsideNoRole':
    'a nickname aside read as the description before a cue (`Pak Ugeng, sapaan akrabnya, menuturkan`) is no role: it says what the name is, not what the person does (cast-builder.ts)',
  'cast.predicateRole':
    'a role given in a clause of its own (`X adalah Ketua RT 05`, `X, yang juga menjabat Ketua Y, …`, `X yang sehari-hari bekerja sebagai sopir`) is the role of a person no mention gave one (cast/predicate-role.ts)',
  'cast.englishGroupOpeners':
    'English `several`/`many` open an unnamed plural subject (`Several pilgrims nodded`) as `para`/`sejumlah` do: the crowd a later `they` means',
  'cast.countedGroup':
    'a counted plural (`Puluhan warga`, `Ratusan buruh`) opens an unnamed group a later `mereka` may mean',
  'cast.roleThenName':
    'a lone name between commas after a role opening the clause is a person (`Gelandang Persikota, Hendrawan, …`)',
  'names.acronymCounts':
    'a digit after a letter of an acronym repeats it (`DP3A` spells `Dinas Pemberdayaan Perempuan dan Perlindungan Anak`), when an acronym is checked against the words it spells',
  'cast.spelledRole':
    'an office whose organisation lists its fields with commas, closed by the acronym spelling them, is the whole role of the name after its comma (`Kepala Dinas A, B, dan C (DABC) NTB, Nama,`)',
  'cast.kinOwner':
    'a relation written with no owner (`Istrinya, X`, `Sang ayah, X`, `His wife, X`) is kin of the last person named before it, within two paragraphs: the panel shows whose kin (`istri Budi`, `Tarjo’s wife`) by the form that person was last named by (cast/kin-owner.ts)',
  'cast.roleBeforeIndefinite':
    'a long description of a person that goes on into an unnamed place or institution (`sebuah`, `suatu`) is the role up to it, before the name’s comma (`Peneliti pangan dari sebuah pusat studi di Bogor, X` → `Peneliti pangan`) or set off after the name (`X, murid kelas lima sebuah SD swasta di ujung gang.` → `murid kelas lima`)',
  'cast.roleBeforeComma':
    'a role run set off by one comma right before a name is its role (`… diterima Kepala Dinas X, Budi Santoso`), so a later bare title finds its holder; the other readings before that comma (a description, kin, a region, a spelled role, a listed pair, a medical title) have their own switches',
  'cast.fieldListRoleBeforeComma':
    'an office named by a list of fields before a name’s comma is the whole list, not its last field (`Kasubdit Industri, Perdagangan, dan Investasi Polda X, Kombes Pol Budi`), so the rank after the comma is not the only role',
  'cast.roleBeforeClosedName':
    "a role opening before `, NAME,` and a lowercase clause word is that name's role even when its last words look like a person's (`Direktur PT Sinar Abadi, Budi Santoso, menjelaskan`, `Kuasa hukum Rudi, Andi Wijaya, membantah`)",
  'cast.otherNameClause':
    "a run after a `yang` clause telling a person's other name (`pria yang kini menggunakan nama X itu`, `yang memiliki nama asli X`) is that person's other name, as after `akrab disapa`",
  'cast.shortNameNotPlace':
    'a short name (`kata Made`) is never a place or venue named after a person (`Letnan I Made X Stadium`), whose name holds the same words: it is one of the people',
  'cast.appositiveAfterCue':
    'a description set off after the name a quote’s cue reads (`“…,” tutur Rina, seorang ibu rumah tangga.`) describes that speaker: nobody unnamed whom a later `Ia` or `-nya` may mean',
  'cast.teknonym':
    'a Batak teknonym given as a nickname (`yang biasa dipanggil Nai X`, mother of X) names the parent by the child: its last word alone is the child, never an alias of the parent',
  'cast.abbreviatedTitleHead':
    'a title whose head is written short and is no word of any role (`kata Kasi PZW` for `Kepala Seksi Penyelenggaraan Zakat dan Wakaf …`) is looked up in every role, piece by piece, instead of finding nobody',
  'cast.officeWordLeftOut':
    'a title may leave out `Kantor` right after the head (`kata Kepala Kemenag` for `Kepala Kantor Kementerian Agama Kabupaten X`): the head of an institution’s office is the head of the institution there',
  'cast.piecewiseTitle':
    'a title written with pieces of its role word by word (`Kadis Sosial Kalbar`: Kepala Dinas Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat; `Kadis PUPR`) is held by that role',
  'cast.customaryTitleAlias':
    'a customary or noble title the person holds (`X, yang bergelar Sangaji, …`) is a name the article may call them by alone, as a nickname is',
  'cast.aliasNickname':
    'the run after `alias` (`Darsono Wiryo alias Pak Gendut`) is a nickname of the person before it, as one after `akrab disapa` is, so a cue after it (`…, mengatakan`, `kata Pak Gendut`) names that person',
  'cast.nicknameAsideCloses':
    'a nickname aside after a name (`Budi alias Kang Budi`, `Rina atau yang akrab disapa Bu Rina`) closes the apposition where the nickname ends, so the role before the name is still its role',
  'names.bracketInAppositive':
    'a bracket closed inside the description set off after a name is part of it (`X, pengamat dari Universitas Nusa (UNU), …`): the cast’s role reading always read it so, and the discourse model’s description now does too (names/appositive-after.ts, their one reader)',
  'cast.abbreviationInRole':
    'an abbreviation’s dot (`Jl.`, `No.`; the sentence splitter’s list) inside the role or description set off after a name ends neither it nor its sentence (`X (30), warga Jl. Melati, …`), for the cast’s role and the discourse model’s description alike',
  'cast.titleAfterRoleComma':
    'a lowercase medical title between a role’s comma and the name does not hide the role (`Kepala Dinas X, dr Rina Sari, …`)',
  'cast.relationAtCue':
    'how the running text relates a person (`Sang ayah, X, berharap …`) is kept when a cue reads the same name, as the role already was',
  'cast.roleWordAfterLink':
    'a preposition before a lowercase role word stays in a description before a name (`anggota DPR dari fraksi kecil, X`, `anggota DPRD dari daerah pemilihan Y, X`), as one before a capitalised institution does',
  'cast.demonstrativeInDescription':
    'a demonstrative after a lowercase noun closing a description before a name stays in the role (`Direktur pemasaran perusahaan tersebut, X`) instead of ending the scan back with no head',
  'cast.locativeInRole':
    'a locative noun between a role’s preposition and its place keeps the place in the role (`Juru bicara X untuk kawasan Asia Selatan, NAMA, …`)',
  'cast.kinOwnerNotRole':
    'a kin phrase before a name whose owner is a role word (`Kakak kandung korban, X`) is how X is related, not the role `korban` its head word would give',
  'cast.joinerInDescription':
    'an English joiner between capitalised words (`for`, `of`, `and`, `&`) stays inside a description before a name’s comma, as `dan` does: it joins an institution’s own name (`pakar hukum dari Center for Policy Studies (CPS), X`, `ekonom Institute for Economic Studies (IES), Dr X`)',
  'cast.fieldListShortForm':
    'a list of an office’s fields before a name’s comma is the role though a short form the letters do not spell closes it (`Direktur Jenderal X Kementerian A, B, dan C (Kemenabc), Y`, `Direktur Lembaga A, B, dan C (LABCD) Z, Y`): the spelled-role reading checks letters only',
  'cast.descriptionBeforeComma':
    'a description opening with a role head set off by one comma before a person is its role (`kuasa hukum terdakwa, Rudi Santoso`, `anggota DPRD Fraksi X, Budi`)',
  'cast.mentionFromCueAfter':
    'the name of a cue after its quote (`“…,” kata Budi`) is found from the cue, not from the quote’s start, where an earlier `Budi Santoso, memuji …` in the paragraph is nearer and lost its surname',
  'cast.countedListRole':
    'a description opened by a small count before a list of names is the role of every name the list joins (`Dua perawat, Rina dan Sela, …`), not only the first',
  'cast.sharedDescriptionRole':
    'a description of common nouns before a pair closed by a comma is both names’ role, counted or not (`Kuasa hukum terdakwa, A dan B, menilai …`); an office with its organisation’s name is not shared',
  'cast.otherOfKindRole':
    'a description ending in `lain`/`lainnya` ("another") before a name is a role without that word (`Petani lain, Budi, …` → `Petani`; `Dua buruh lain, A dan B` → `buruh` for both)',
  'cast.relativeInDescription':
    'a relative clause between a counted or indefinite role and the comma before a name describes the person too (`Seorang warga yang rumahnya terendam, Budi, …`): the role is the description before `yang`',
  'cast.roleAfterComma':
    "a role run set off by one comma right after a person's name, its split leaving no person's name word, is that person's appositive role (`kata Rudi Hartono, Kepala Riset Bank Sentosa`), not a second person called `Sentosa`",
  'cast.nicknameJoins':
    'a nickname (`yang akrab disapa Coach RH`, `Ko Aseng`) is read whole as a name and joins the latest person before it instead of registering a person of its own; its last word finds that person too (`ujar Aseng`)',
  'cast.orgAcronym':
    "a one-word acronym made of pieces of an organisation's opening words is that organisation (`Dishub` after `Dinas Perhubungan`), not a speaker of its own",
  'cast.nameBeforeItsCue':
    'a lone name the running text gives before the cue that makes it an entity is a mention of it (`Kuasa hukum warga, Darto, membantah …` … `kata Darto`)',
  'cast.roleBeforeRegion':
    'a place set off by commas between a role run and the name is where the role is: the role run with the place is the person’s role (`Ketua Kelompok Tani X Desa Y, Cibening, Budi Santoso, …`)',
  'cast.kinBeforeComma':
    'a kin or company noun set off by one comma before a name that closes its apposition is how the person is related (shown as the role when they hold none; the discourse model does not read it) (`Sang ayah, X,`, `suaminya, X,`, `Ibu mereka, X (24),`)',
  'cast.openerAfterRoleComma':
    'an initial spelling a function word (`A.`) or a title spelling a common word (the Sasak `Lalu`) between a role’s comma and the name, outside its run, keeps the role before the comma for the name (`Kepala Dinas X, A. Rina Sari`)',
  'cast.placeAfterDescription':
    'a place the gazetteer knows, set off by commas between a role description and the name, says where the description’s place lies and belongs to the role (`Pengasuh sebuah pesantren di X, Y, Rudi …`)',
  'cast.sharedOffice':
    'the second of two office holders written as a pair holds their office in the organisation the first one spelled out (`Ketua Fraksi X, Budi, dan Sekretaris Fraksi, Rina` → `Sekretaris Fraksi X`; `…, dan wakilnya, Rina` → `wakil Ketua …`)',
  'cast.kinOwnsRoleRun':
    'a kin noun (with `almarhum`/`mantan`) right before a role run that ends at the name’s comma makes the office the other person’s: the person’s role is the kin phrase (`Istri almarhum Kepala Desa X, Rina` → that phrase, not `Kepala Desa X`)',
  'cast.kinIntroduces':
    'a lone name word set off after a possessed kin or company noun joined to the person before (`Budi dan istrinya, Sari,`, `Budi bersama rekannya, Ani,`) introduces a person, as a role before it would, so a later `mereka` can mean the pair',
  'cast.superlativeInDescription':
    'a superlative after a role’s noun (`salah satu pengungsi tertua, X`, `gubernur terpilih, X`) stays in the description before the name instead of ending it as a `ter-` verb would',
  'cast.deputyNotTitle':
    'a bare title (`kata Rektor`) means a person holding the office itself before one holding it after a deputy or assistant word (`Wakil Rektor …`, `Asisten Pelatih …`; lexicon/roles.ts `SUBORDINATE_OFFICE`), whichever was named last',
  'cast.titleFormRank':
    'a bracketed title form may end in its office’s rank number (`Wakil Rektor Bidang Akademik (WR I)`): the letters before it abbreviate the role, and `kata WR I` is the holder',
  'cast.titleFormInitials':
    'a two-letter bracketed title form of a two-word role, one initial each (`Penasihat hukum (PH) terdakwa, X`), is the holder’s title form too (`PH juga menyebut …`)',
  'cast.titleForm':
    'a title form a role defines in brackets (`Menteri Koordinator … (Menko PMK)`) is an alias of its holder',
  'cast.shortRole':
    'a role is also named with each bracketed abbreviation in place of the words it abbreviates (`Kepala Balai … (BTN)` = `Kepala BTN`)',
  'cast.bareFullNameDescribed':
    'a full name written after honorifics only and set off before its description (`Hj. Rosmini Daeng Tene, penenun sutra …`) stands as the canonical name, as one written alone does (cast.bareFullName), though later mentions agree on a shorter form',
  'cast.kinInRole':
    'a kin noun after a role head and words of its description (`Pelatih tunggal putri, X`, `kapten tim putra, Y`) modifies the role (a category), no kin phrase: the person keeps the role',
  'cast.definedShortForm':
    'a role written with a short form the article defines in brackets (`Dinas Perindustrian dan Perdagangan (Disperindag)` … `Kepala Disperindag X`) is also held by the title spelled out (`kata Kepala Dinas`)',
  'cast.englishPlaceTail':
    'an English name closed by a place head (`Barito River`, `Sunda Strait`, `Banjar Regency`, `Kuta Beach`) is a place, which never speaks nor is meant by `she`/`they`',
  'cast.titleAcronymBeforeOrg':
    "a word made from a person's role (`Konjen` after `Konsul Jenderal RI di X, Y,`) is that person's title, not an acronym of the organisation its letters also open (`Konsulat Jenderal RI (KJRI) X`)",
  'cast.englishDeputyRole':
    "English: a role opening with `Deputy`, `Vice` or `Assistant` (`Deputy Youth and Sports Minister`) makes its whole office somebody else's, so `the minister` means the minister, not the deputy",
  'cast.appositiveNotUnnamed':
    '`seorang …` after a name set off by a comma or opening its sentence (`Suaminya, Darmaji, seorang buruh tani, …`) describes that person, an appositive, not somebody new whom a later `-nya` may mean',
  'cast.newsOutlet':
    'a newsroom by name (`yang ditemui Republika`, `sumber Kompas.com`) is the interviewer or channel: never a speaker nor an antecedent (lexicon/publications.ts)',
  'cast.initialsRole':
    'a role spelling out its organisation is also held by the title with its initials (`Ketua Komisi Pemilihan Umum` → `kata Ketua KPU`)',
  // The discourse model's features (discourse/antecedent-model.ts): off, a feature weighs 0.
  'discourse.gelarTitle':
    '`kata Datuk` means the man whose name holds the customary title after his given name (`H. X Dt. Rajo Y`), however the title is spelled',
  'discourse.honorificTitle':
    'a religious title or form of address alone at a cue (`kata Buya`) means the person last written with it before their name',
  'discourse.bodyParagraphDistance':
    'paragraph distance is counted over body paragraphs, so a skipped clutter line (`Baca Juga` and its related headline) or a blank line between two paragraphs does not part them (`“…,” ujarnya. ¶ Baca Juga ¶ <headline> ¶ Lelaki berusia 61 tahun itu menuturkan, …`)',
  'discourse.lastSpeaker': 'antecedent: spoke the previous quote',
  'discourse.earlierSpeaker': 'antecedent: spoke an earlier quote',
  'discourse.introducedSinceQuote': 'antecedent: named as a subject since the previous quote',
  'discourse.titleOpensNextRole':
    'a bare title that opens the longer role of the next person named (`Wakil Ketua Komisi B DPRD asal dapil X, Nama, …`) presents that person, no mention of an earlier holder of the same title (discourse-mentions.ts)',
  'discourse.responseSource':
    'the person a response comes from (`Penjelasan tersebut mengundang protes dari X`, `Kritik keras datang dari Y`) takes a side: a source, whom the `Ia` after it means (cast/sentence-role.ts)',
  'discourse.accountSource':
    'the one a spoken account comes from (`Keluhan yang sama datang dari X`, `Cerita lain datang dari Y`) is a source, as a response’s is: the next `katanya` means them',
  'discourse.unnamedSource':
    'somebody unnamed whom a response or an account comes from (`Keluhan yang sama datang dari seorang penjahit tua.`) is that source, whom the next `-nya` means as it means a subject',
  'discourse.gradeWordsApart':
    'a word that only grades an office (`besar`, `agung`, `utama`, `umum`, `madya`, `khusus`, `tinggi`) shared by a description and a role tells no office apart (`ujar guru besar itu` does not fit `Duta Besar X`)',
  'discourse.floatingNamesNobody':
    'a quote with no cue of its own that runs on into the next paragraph (`Kedua kakak-beradik itu … . “Kami …` ¶ `“…,” kata mereka`) names nobody since a plural renewal: its speaker is only a continuation guess',
  'discourse.narratedHere':
    'antecedent: introduced after the previous quote in its paragraph by a clause that reports nothing, and pointed back to there',
  'discourse.narratedBefore':
    'antecedent: introduced by a clause that reports nothing in the paragraph before, after an earlier speaker opened it, and pointed back to from a paragraph that introduces nobody before the mention (a quote standing alone)',
  'discourse.companions':
    'antecedent: a plural means a person named with the companions they act with (`X bersama dua rekannya, A dan B`) as one group, not the companions alone',
  'discourse.companionRole':
    'a companion by role or by name alone (`Ia datang bersama Kepala Desa Y, Rudi.`, `X meninjau lokasi bersama Rudi`) makes one group with the person who acts, as `bersama dua rekannya, A dan B` does (companions.ts)',
  'discourse.membersSpoke': 'antecedent: a group of named people who each spoke an earlier quote',
  'discourse.lastPeople':
    'antecedent: for `mereka`/`keduanya`/`they`, the last two (three) persons heard from, taken together',
  'discourse.subjectsTogether':
    "for `mereka`/`keduanya`, two or more people who are the subjects of the latest sentence's clauses (`X menyapu halaman, sementara Y mencuci piring`) are the group meant",
  'discourse.pluralRenewal':
    'a plural pronoun opening a clause of the running text (`Sepulang melaut, keduanya menjemur jaring`) keeps the people heard before it the group a later `kata mereka` means',
  'discourse.lastPeopleOverObjects':
    'a pair named only as an object or after a preposition (`dana berhenti di tangan X dan Y`) does not stop a later `keduanya`/`mereka` from meaning the last two sources heard in turn',
  'discourse.subject': 'antecedent: latest mention opens a clause',
  'discourse.cueSubject': 'antecedent: subject of a reporting verb, or a speaker',
  'discourse.passiveSubject': 'antecedent: subject of a passive verb (acted upon)',
  'discourse.continuesStatement': 'antecedent: a speaker, for a cue that adds (`tambahnya`)',
  'discourse.titleNeedsOffice':
    "a clause-opening run read as a bare title names a holder only when it writes a role word: an organisation's bare name (`Persiba Lembah unggul …`) is the body acting, not the officer whose role holds its name",
  'discourse.interviewedObject':
    'the object of a verb of interviewing (`Jaksa menanyai X`, `mewawancarai Y`) gives the statement the next pronoun cue reports, whoever asks',
  'discourse.agentRoleAfter':
    'the agent of a passive whose subject names nobody is presented as a source by a lowercase role set off after its name too (`Kendala yang sama dirasakan X, ketua kelompok tani Y.`), as by one before it',
  'discourse.mannerPhrase':
    'a manner adverbial opened by `secara` (`X secara terbuka mempertanyakan …`) is no verb of the predicate: `terbuka` there is no `ter-` passive',
  'discourse.possessorOfThing':
    "a person named inside the noun phrase that opens a sentence with a thing (`Perahu yang dinakhodai X tiba …`, `Rumah X terendam …`) is that sentence's topic, as its subject would be",
  'discourse.askedByPress':
    'the one the press asks (`Wartawan bertanya kepada X soal …`, `Journalists asked X about …`) answers next, as a subject who speaks; the press asking is no source',
  'discourse.answersLast':
    'antecedent: not the last speaker, for a cue that joins in (`timpalnya`)',
  'discourse.oblique': 'antecedent: latest mention after a preposition (`kepada X`)',
  'discourse.sameSentence': 'antecedent: mentioned in the same sentence',
  'discourse.sentencesBack': 'antecedent: sentences back to its latest mention',
  'discourse.paragraphsBack': 'antecedent: paragraphs back to its latest mention',
  'discourse.subjectsBetween': 'antecedent: other subjects introduced since its latest mention',
  'discourse.representedBy': 'antecedent: an organisation a candidate person speaks for',
  'discourse.organisationForPerson': 'antecedent: an organisation for `dia`/`ia`/`he`/`she`',
  'discourse.speaksAsOne':
    "a direct quote saying `saya`/`aku` is one person's, so its `-nya` never means an organisation (organisationForPerson)",
  'discourse.genderMismatch':
    'antecedent: a person the article tells is of the other sex than an English `he`/`she`',
  'discourse.genderAgrees':
    'antecedent: a person the article tells is of the sex an English `he`/`she` tells',
  'discourse.passiveAgentSpeaker':
    'an agent named bare after a `di-` passive whose subject names nobody (`Laporan itu disusun X.`) is the sentence’s topic when the article uses a word of that name alone for a speaker (`kata X` elsewhere), as an agent a role presents is',
  'discourse.clubSubjectNamesNobody':
    'a football club the corpora know in a passive’s subject names no person (`Gol tunggal Persigaru dicetak kapten tim X`), so the agent a role presents is the sentence’s topic as after any subject that names nobody',
  'discourse.unnamedKinTalked':
    'an unnamed person set off after a possessed kin noun right after a presented source (`X, pedagang sayur, … . Suaminya, seorang sopir, ikut membantu …`) is that source’s relative, talked about: a later `-nya` means the source',
  'discourse.countedHeadHolders':
    'a counted description (`Kedua pelatih`) that more people’s roles hold than it counts means those whose role opens with it (`Pelatih A`, `pelatih B`, not `Asisten pelatih C`)',
  'discourse.groupMemberNarrated':
    'a quote with no cue after a narrative sentence whose subject is one member of the group that spoke last (`“…,” kata keduanya.` then `A kemudian menambahkan catatan.`) is that member’s alone',
  'discourse.frontedCompanionPronoun':
    'fronted companions followed by a singular pronoun (`Bersama A, penyuluh dari kecamatan, ia lalu …`) make one group with the person last opened as a subject before them, the group a later `keduanya`/`mereka` means',
  'discourse.ownOrganisationActs':
    'an organisation a person holds a role in, acting as a subject after them (`pengurus Koperasi X, Budi, mengatakan …` then `Koperasi X lalu menyalurkan …`), is no one new between that person and a later `-nya`',
  'discourse.describedSexUnnamed':
    'a description by sex after a last speaker of the other sex (`ujar perempuan itu` after a man spoke) may mean the one person brought in unnamed since (`Seorang pedagang … memunguti …`), who then stays unnamed, before anyone named further back',
  'discourse.nameParticleGender':
    'a name tells its holder’s sex by its own words: a Balinese name’s article (`Ni Kadek …` a woman, `I Made …` a man), `bin`/`binti`, the Batak `Br` before a woman’s clan name',
  'discourse.leadInGender':
    'the description a name is set off after (`The mother of the victim, X, …`, `Her son, Y, …`) tells X’s sex as a role noun does',
  'discourse.organisationPronoun':
    'English `it` before a reporting verb (`“…,” it said`) is an organisation speaking, resolved to the organisation',
  'discourse.organisationShortForm':
    'a title written with an organisation’s short form and words of its name only (`Komdis PSSI juga meminta …` after `Komite Disiplin (Komdis) PSSI menyatakan …`, `Kemendes PDT`) is that organisation, not the person whose role holds the same words (`Ketua Komdis PSSI X`)',
  'discourse.describedPersonTopic':
    'a description by sex or age alone (`ujar perempuan itu`) is the named person opened as the topic since the last statement',
  'discourse.describedAfterAge':
    'a description between commas after a name and its age (`X (45), pedagang sayur, …`) presents X as a source',
  'discourse.statementTime':
    'a time clause in a sentence about the statement just reported (`Hal itu terungkap ketika X …`) opens X as the topic',
  'discourse.groupAffiliation':
    'a run right after an unnamed group’s noun (`Ratusan buruh PT X`) is its employer or home, no subject',
  'discourse.place': 'antecedent: a known place',
  'discourse.deceased':
    "antecedent: a person the article writes as dead (`almarhum X`, `mendiang istrinya, Y`, `X meninggal dunia`; lexicon/patient-roles.ts LATE_MARKERS, DEATH_VERBS), who speaks none of the story's quotes",
  'discourse.numberMismatch':
    'antecedent: a group for a singular mention, or one person for `mereka`',
  'discourse.appositive':
    'a description read at a cue after `Name, ` is that name (`X, pengamat …, menilai`)',
  'discourse.titleHolder':
    'a bare title opening a clause (`Kapolres menyebut`) is a mention of its holder',
  'discourse.innerName': 'a list member or a name inside an appositive role is no subject',
  'discourse.passiveAgent':
    'the agent of a passive reporting verb (`disampaikan X`) is its subject',
  'discourse.objectAppositive':
    'a name set off after the object of an active verb (`menangkap pelaku, X`) is that object, talked about',
  'discourse.degreesClosedLead':
    'degrees set off by commas after a name that leads its sentence are closed by a comma too (`Kepala seksi penyidikan X, SH, MH, lalu membacakan berkas`): the verb after that comma still makes the person the subject, who keeps the next `ia`',
  'discourse.leadingAuxiliary':
    'a name before `ikut`/`turut`/`akan` and a verb (`Guru olahraga X ikut membantu`) leads its sentence',
  'discourse.countedNarrated':
    'a counted plural (`ujar keduanya`) takes in a person narrated as a clause subject in its own paragraph beside the last one heard from (`Di sampingnya, Y mengangguk`)',
  'discourse.leadingNegation':
    'a name before a negation or degree word and a verb (`Pedagang cabai X tak terlalu berharap`, `X tidak menghadiri`) leads its sentence too',
  'discourse.namedAfterModifiers':
    'an indefinite introduction named after its head’s modifiers (`seorang guru olahraga, X,`) is no unnamed person',
  'discourse.experiencerObject':
    'the person a verb of feeling tells of after a subject naming nobody (`Jawaban itu tidak memuaskan X`) is a source',
  'discourse.experiencerNotRelative':
    'a verb of feeling right after `yang` (`Hal yang memberatkan terdakwa X`, `Keputusan yang mengecewakan pedagang Y itu …`) opens a relative clause about a thing: the person it tells of is no source',
  'discourse.responseAgent':
    'the agent of a response passive after a subject naming nobody (`Tuduhan itu dibantah X`) is a source',
  'discourse.namedInQuote': 'antecedent: named by the quote itself (talked about, not talking)',
  'discourse.denialSource':
    'the subject of a denial (`X membantah tuduhan itu`) is a source, as a reporting subject is, though the denial is no cue',
  'discourse.talkedAboutLast':
    'antecedent: named inside the previous statement and no reporting subject since (`Namun, X tidak hadir`)',
  'discourse.descriptionAgrees':
    'antecedent: its role or lead-in shares a word with a description pointing back (`ujar politikus Partai X itu`)',
  'discourse.descriptionNameAgrees':
    'antecedent: the word its role or lead-in shares with a description pointing back is one the description wrote as a name (`ujar politikus Partai X itu`), which outweighs having spoken last',
  'discourse.descriptionFits':
    'a description pointing back by a stock phrase or a hypernym of an office (`legislator`, `wakil rakyat`, `juru taktik`, `orang nomor satu di X`, `jenderal bintang dua`) agrees with a role written in that office’s words (lexicon/title-synonyms.ts `DESCRIPTION_FITS`)',
  'discourse.descriptionBearerName':
    'a description pointing back that writes a word of a person’s own name or alias (`Ketua Perkumpulan Marga Bong itu` for `Bong Khiun Fat`) agrees with that person, as one writing a word of their role does',
  'discourse.originDescribed':
    'a description by origin closed by a demonstrative (`Mahasiswa asal X itu menilai …`, `kata pemain asal X itu`), at any cue, means the person named as a subject since the last statement, as one by sex or age does (`describedSubject`), when nobody was introduced with that place',
  'discourse.professionTitle':
    'a description by a profession (`kata dokter itu`, `kata dokter gigi itu`, `ujar dokter muda itu`) means the person the article last wrote with the title that tells it (`dr. X`, `drg. Y`, `Pdt. Z`), as the title alone would',
  'discourse.renewalOverPlace':
    'a place named between a counted plural subject and `kata mereka` (`Tim itu mewakili Jawa Tengah. Ketiga siswa itu …`) is nobody who keeps the plural from renewing the group named before',
  'discourse.dweltOnSubject':
    'a person named as a subject since the last statement, whose next sentence opens with a definite description going on about them (`ibunda X, Y, menunggui oven. Perempuan berusia 80 tahun itu masih …`), is the topic the writer dwells on, though neither clause reports',
  'discourse.subjectAfterOthers':
    'a sentence opening with a definite description goes on about the person named as the subject before it, though somebody else was named before that subject in its sentence (`Ibunda X, Y, menunggui oven. Perempuan berusia 80 tahun itu …`)',
  'discourse.describedAfterAdjunct':
    'a definite description opening a sentence after a short adjunct (`Dari kursi rotannya, perempuan itu masih …`) goes on about the subject before it, as one opening the sentence does',
  'discourse.describedNewcomer':
    'a person first named after a preposition or as an object, with a description set off after the name (`… dibimbing oleh X, guru ngaji dari Y.`), is presented as a subject is: a description by sex, age or kinship at the next cue (`kata ibu dua anak itu`) may mean them',
  'discourse.describedSexKeepsSource':
    'a description by sex (`tutur nenek enam cucu itu`) keeps the last speaker when the article told that speaker is of that sex, the model chose them and nobody was brought in as a subject since, however many sentences went on about them',
  'discourse.sentenceEndingAppositive':
    'a description that ends the sentence after a name that is no subject (`… dibimbing oleh X, ustazah asal Y.`) is what the article says X is, as one closed by a comma is: its words tell the sex and agree with a later description',
  'discourse.describedSubject':
    'antecedent: a person named as a clause subject since the last statement, for a description by sex, age or kinship (`Korban lain, X, kehilangan motornya …` … `ujar pria 41 tahun itu`)',
  'discourse.descriptionConflicts':
    'antecedent: its role or lead-in shares no word with a description that tells an office: opened by a role head (`politikus … itu`, `the minister`) or fitted to one (`jenderal bintang dua`)',
  'discourse.roleSource':
    'a person with no role doing other than reporting opens no topic (`Rudi mencetak gol`)',
  'discourse.presentedSource':
    'a person the article once presented as a source (`Pelatih X, Budi, …`) opens a topic at later mentions too',
  'discourse.diedSubject':
    'a subject whose predicate is a verb of dying (`Korban tewas …`, `X died after …`) is acted upon, talked about',
  'discourse.causedReaction':
    'the object of a causative verb that goes on to react or feel (`Soal itu membuat pelatih X tertawa`, `… membuat Y kecewa`), in a sentence whose subject names nobody, is the one the next `kata dia` means (lexicon/cues.ts CAUSATIVE_VERB_SET)',
  'discourse.titlePair':
    'two bare titles joined by `dan` opening a clause (`Dirjen dan Direktur sama-sama mengingatkan …`) are one mention of their two holders, whom a later `keduanya` means',
  'discourse.oneOfThem':
    'the name after a phrase picking one out of a group just named (`Salah satunya X`; lexicon/pronouns.ts ONE_OF_THEM) is introduced as the new topic, whom the next `-nya` may mean',
  'discourse.reactionNotPassive':
    'a subject whose `ter-` verb is a bodily reaction, a feeling or a posture (`X tersenyum`, `X terdiam`, `X terlihat tertunduk`) acts, is not acted upon: no passive subject (lexicon/verb-lookalikes.ts REACTION_VERBS)',
  'discourse.frontedClauseSubject':
    'a name after a fronted clause holding a subordinator and a comma, with its predicate right after it (`Ditanya soal rencana setelah anak-anaknya mandiri, X hanya tersenyum`), is the main clause’s subject; only one set off by a second comma (`… setelah kepala sekolah, X, datang`) is the subordinate clause’s appositive',
  'discourse.passiveAgentTopic':
    'the agent of a `di-` passive whose subject names nobody (`Pelaksanaan kurikulum itu dipegang oleh Ustazah X`) is the sentence’s person, the topic a following `Ia`/`-nya` means',
  'discourse.patientRole':
    'a victim or suspect (`Korban X`, `Tersangka Y`) doing other than reporting opens no topic',
  'discourse.organisationActs':
    'an organisation doing other than reporting after a quote in its paragraph opens no topic',
  'discourse.leadIn':
    'an organisation inside the description before `, Name` (`Juru bicara X, Budi,`) is spoken for by Budi',
  'discourse.statementAuthor':
    'a written statement closed by a demonstrative as the speaker (`tulis keterangan tersebut`, `demikian bunyi pernyataan itu`) is its author, the nearest clause subject before it (discourse/statement-author.ts)',
  'discourse.englishStatementAuthor':
    'an English statement pointed back to (`the statement said`, `the joint communique said`) is its author, as `kata pernyataan itu` is (discourse/statement-author.ts)',
  'discourse.organisationDescription':
    'a description headed by an organisation noun (`The agency warned`, `Organisasi itu meminta`) is the organisation last spoken or named',
  'discourse.indefiniteIntro':
    'a description whose head noun was last introduced unnamed (`an engineer`, `seorang warga`) means that unnamed person, not a named one',
  'discourse.agreementRequired': 'a mention whose best antecedent breaks agreement stays unnamed',
  'discourse.genderAgreementRequired':
    'a mention whose best antecedent is of the other sex than it tells (`she` for a man the article told was one) stays unnamed, as one breaking number does',
  'discourse.statementSubject':
    'antecedent: named before a cue inserted between commas (`X, lanjutnya, …`)',
  'discourse.insertedPronounCue':
    'a cue inserted between commas with its pronoun (`X, kata dia, …`) is inserted too: X is what the statement is about',
  'discourse.nicknameSubject':
    'a nickname inside a sentence-opening description (`Penjual kopi yang akrab disapa X itu berjualan …`) is that sentence’s subject',
  'discourse.floatingSubject':
    'a quote with no cue after a narrative sentence whose subject is a person new since the last statement is that person’s (`X menyambut baik putusan itu. ¶ “…”`), not the previous speaker’s',
  'discourse.subordinateSubject': 'a name after `saat`/`ketika`/`when` is its clause’s subject',
  'discourse.subordinateOpens':
    'only a subordinate clause opening its sentence or clause (`Namun, ketika X tiba, …`) gives its subject a topic: `… setelah X pensiun.` inside a main clause does not',
  'discourse.patientCopula':
    'a person named right after a copula whose subject is a victim or one who died (`Salah satu korban tewas adalah X (7), murid …`) is talked about, not a source, though a description follows the name',
  'discourse.patientLeadIn':
    'a person named after a description that tells whom it befell (`Dua buruh yang tewas, X dan Y, …`, `Salah satu korban, X, …`) is talked about, not a source, though the description presents them',
  'discourse.seatAgreesNot':
    'a place a description writes as the last part of a longer name (`guru besar UIN Alauddin Makassar itu`) is the institution’s seat: sharing it (`Kapolrestabes Makassar`) is no agreement of the description with a person',
  'discourse.subordinateAppositive':
    'a name set off after a role that an adverbial clause inside a main clause opens (`… urung setelah kepala sekolah, X, mendatanginya`) is that clause’s subject, not a topic: read as the name right after the subordinator is (`… setelah X pensiun.`)',
  'discourse.leadingSubject':
    'a name with no verb, preposition or cue before it in its sentence and a verb right after it is the subject, though a lowercase role word stands before it (`Kapten tim X merasa …`)',
  'discourse.pairNounLeads':
    "a pair's noun of the `ber-` shape before the names (`Kakak beradik X dan Y bergabung …`, `tiga bersaudara X, Y dan Z`) is no verb: the names lead the sentence",
  'discourse.pronounLeads':
    "a third-person pronoun standing as its clause's subject (not after a noun it possesses, a subordinator, or before a comma closing its clause) keeps a later name in that clause from leading the sentence (`Ia dulu ingin X bekerja …`)",
  'discourse.obliqueAppositive':
    'a name set off by commas after a possessed kin noun a preposition governs (`Ia bersama suaminya, X, …`) is in the adjunct, not the subject',
  'discourse.governedDescription':
    'a name set off by a comma after a description that a preposition or an owning noun governs (`… lebih baik dari rekor milik pelari Kota X, Nama.`, `… bersaing dengan pedagang Pasar Y, Nama, …`) is in that phrase, not a clause’s subject',
  'discourse.meansAppositive':
    'a name set off by a comma after a description a preposition of means opens (`tertinggal lewat penalti kapten lawan, X,`, `melalui sepakan gelandang muda, Y.`) is the instrument talked about, not a subject (cast/sentence-role.ts)',
  'discourse.meansVoiceSource':
    'a spokesperson or lawyer after a preposition of means (`disampaikan melalui juru bicara manajemen, X,`, `lewat kuasa hukumnya, Y,`; lexicon/pronouns.ts VOICE_HEADS) is the source a statement is made through, not an instrument talked about: the means phrase ends there (cast/sentence-role.ts)',
  'discourse.silentSubject':
    'a subject whose predicate says it did not speak (`X belum bisa dimintai konfirmasi`, `X tidak hadir`, `X enggan berkomentar`) is talked about, not a source for the next `ujarnya`',
  'discourse.englishLeadingVerb':
    'an English past tense right after a name leading its sentence (`Bali coach X praised …`) makes it the subject, as an Indonesian verb does',
  'discourse.noteAfterLead':
    'a bracketed note after a name leading its sentence (`Gelandang muda X (19) mengaku`) stands between the name and its verb; the name still leads',
  'discourse.interviewed':
    'the subject of a passive of being interviewed (`X kembali ditanya`, `X dihubungi`) is a source, like a reporting subject',
  'discourse.introducedTitle':
    'a bare title no cast role holds (`Dirjen menambahkan`) means the person whose mention the text introduced with it (`Direktur Jenderal X, Dr Nama,`), read off the words before the name',
  'discourse.lowercaseTitle':
    'a lowercase head read as an unnamed speaker (`tanya hakim`, `tutur sang kades`) means the person the text introduced with its words or acronym, like a capitalised title',
  'discourse.statementSentence':
    "the rest of a statement's own sentence (its cue: `,” kata Sari, warga X.`) is part of the statement, so a description by sex, age or kinship in the next statement (`ucap ibu dua anak itu`) still follows straight on from it",
  'discourse.describedAge':
    'a description by age closed by `itu` (`kata pria berusia 52 tahun itu`, `the 58-year-old said`) means the person introduced with that age (`Darto (52)`, `Sari, 45 tahun,`), whoever spoke in between',
  'names.englishAnonymousPlace':
    'an English description before an anonymity aside may end with the place the person is from (`A farmer from Ende, East Nusa Tenggara, who asked not to be named, said`)',
  'names.englishAnonymityUnclosed':
    'an English anonymity aside the writer left unclosed before the cue (`A vendor, who asked not to be named said`) still makes the subject unnamed',
  'names.englishAnonymityAside':
    'an English subject set off before an aside saying the person is not named (`The victim’s aunt, who asked not to be named, said`, `An official, speaking on condition of anonymity, said`) is an unnamed speaker, whatever its description, so a later `she added`/`the man said` goes on from nobody named',
  'discourse.describedGroupRenewal':
    'a pair described by kin or person nouns and a demonstrative opening a clause of the running text (`ibu dan anak itu pulang`) renews the people a later `mereka` means, as `keduanya` does',
  'discourse.renewalPlacesGroup':
    'the people heard from, renewed by a plural subject of the running text (`Sore harinya, keduanya duduk …`), were last mentioned there, as its subject',
  'discourse.pairCompounds':
    'two kin nouns side by side describe a pair only when they name one (`suami istri itu`, `kakek nenek itu`; lexicon PAIR_COMPOUNDS), not one person by another (`ayah bocah itu`)',
  'discourse.hyphenPairDescription':
    'a pair of kin nouns written as one hyphenated word (`kata kakek-nenek itu`, `ujar kakak-beradik itu`) describes the two people, as `kakek dan nenek` would',
  'discourse.englishCountedDescription':
    'an English description opened by a count (`the two men replied`, `the three sisters replied`) describes that many people, as `kedua pria itu` does',
  'discourse.collectiveDescription':
    'a description opened by a collective numeral and closed by a demonstrative (`ujar kedua petani itu`, `kata ketiga pemain tersebut`; lexicon/pronouns.ts COLLECTIVE_NUMERALS) points back to a group of that many, as `keduanya` does',
  'names.mannerAfterDescription':
    'a description at a cue closed by a demonstrative ends there when a word of manner follows (`kata nenek itu dengan suara bergetar`, `ujar pria itu seraya tersenyum`; lexicon/cues.ts MANNER_OPENERS), instead of running on into the adjunct and reading no speaker',
  'discourse.ageWithinMention':
    'the age after a name is also read inside a mention that took in the description set off after the name (`Darto (52), sopir angkot`), so a description by age or age band (`kata pria 52 tahun itu`, `kata pria paruh baya itu`) finds that person',
  'discourse.describedAgeBand':
    'a description by a word that tells an age band (`kata remaja itu`, `ujar nenek itu`, `kata pria paruh baya itu`, `the teenager said`; lexicon/person-nouns.ts and age-bands.ts) means the person introduced with an age in that band (`Dimas (15)`), the last speaker first when they are one',
  'discourse.ageBandSex':
    'a description by age band that also tells a sex (`kata nenek itu`, `the teenage boy said`) means no person of the age whom the article told to be of the other sex',
  'discourse.describedPersonDetail':
    'a person noun told by an age or a count of kin (`ujar pria 41 tahun itu`, `kata nenek 11 cucu itu`) describes a person as `perempuan itu` does: the one just named, or the one opened as the topic since the last statement',
  'discourse.ownAppositiveTitle':
    'a title inside the description set off after its holder’s own name (`Budi, warga Desa X, sudah …`) is that same mention, not a clause the title opens, so it does not hide that Budi opened the sentence',
  'discourse.copularDescription':
    'a name followed by a copula and a lowercase noun (`Budi adalah pensiunan guru`, `Sari merupakan pedagang`) is presented as a source, as one set off before a description between commas is',
  'discourse.kinLeadIn':
    'one possessed kin noun opening the sentence before a name and a comma (`Ayahnya, X (45), …`) is the lead-in the article presents the person by, as a longer description is',
  'discourse.withheldName':
    'a description at a cue whose `yang` clause withholds the speaker’s name (`ucap pedagang yang enggan menyebutkan namanya itu`) is an unnamed speaker, never the named person its head noun would point back to',
  'discourse.unnamedPredicate':
    'an unnamed subject (`Seorang anggota koperasi, istri nelayan, mengaku …`) is read past its description to its verb: one that reports is a source heard from, not a person narrated in the paragraph its last speaker opened; a demonstrative closing the modifier after `seorang`’s head (`Seorang anggota koperasi itu mengatakan …`) leaves that person new and unnamed, not a description pointing back',
  'discourse.returnFrame':
    'a person named in a phrase opening the sentence that turns the report back to them (`Kembali ke dapur X, …`, `Kembali ke X, …`) is whom the paragraph is about again: a source, whom a later `ia` or `ujarnya` means (cast/sentence-role.ts)',
  'discourse.viewpointFrame':
    'a name that a viewpoint frame opening its sentence governs (`Bagi X, bantuan itu terlambat`, `Bagi warga seperti X, …`, `Di mata X, …`) is whose view the sentence tells: a source the next `-nya`/`ia` means, not a person talked about after a preposition',
  'discourse.existentialSubject':
    'a name right after an existential (`Di antara pengungsi itu ada X (70)`) is the person the sentence brings in to tell of: a subject like one after a copula, presented as a source',
  'discourse.pronounOpened':
    'a paragraph an earlier speaker opens through a pronoun (`Ia menyebut, …`) is heard from that speaker, as one opened by their name is: a person narrated after it there (`Salah satunya X, yang dirujuk …`) does not take the paragraph’s `-nya`',
  'discourse.describedOpened':
    'a paragraph opened by a description closed by a demonstrative and its reporting verb (`Diplomat asal Ternate itu menuturkan, …`) is opened through the earlier speaker it means, as one opened by `Ia menyebut, …` is (pronounOpened)',
  'discourse.describedKeepsSource':
    'a description by sex, age or kinship (`kata pria berusia 50 tahun itu`) keeps the last speaker when the model chooses them over a person their statement talked about and their paragraph narrated since (`talkedAboutLast`, `narratedHere`/`narratedBefore`; keeps-source.ts)',
  'discourse.narratedNotDescribed':
    'a person narrated in a paragraph an earlier speaker opened (`narratedHere`/`narratedBefore`) is not the subject a description by sex or age means (`describedSubject`): that paragraph is heard from its source',
  'discourse.framedPronounOpened':
    'a paragraph opened by the source frame with a pronoun (`Menurut dia, …`, `Menurutnya, …`) is opened through that earlier speaker, as one opened by `Ia menyebut, …` is (pronounOpened)',
  'discourse.framedNameOpened':
    'a paragraph opened by `Menurut X, …` (X an earlier speaker) is heard from X as one opened by `X menyebut, …` is: a person narrated after it is talked about (`Suaminya, Y, kini …`), and the next `dia`/`-nya` stays with X',
  'discourse.companionGroups':
    'a person named with the companions they act with (`X bersama dua rekannya, A dan B, …`, `Ia … dengan dua rekannya, A dan B`) makes one group with them, the one a later `mereka`/`ketiganya` means',
  'discourse.frontedCompanions':
    'companions fronted before the person acting with them (`Bersama A, tetangganya, B mendatangi …`, `Bersama suaminya, A, B membuka …`) make one group with that person, the one a later `mereka`/`keduanya` means',
  'cast.addressedShortForm':
    'after a familiar form of address a lone short word cut from exactly one person’s name word (`Bu Nur` for Nurhayati, `Pak Har` for Haryanto, `Mbah Darmo` for Sudarmono) is that person, not a new one',
  'cast.nicknameCutHere':
    "a nickname cut from the name word of one person named earlier in the nickname's own paragraph (`Pemilik kios, Sukarmini (58), senang bercerita tentang Bramantyo … . Ibu yang biasa disapa Bu Mini itu …`) is that person's, though somebody else was named since",
  'cast.nicknameWholeWord':
    'a nickname set off as such whose last word is a whole name word of exactly one person (`tutur Abah Bramantyo, sapaan akrabnya` after `KH Bramantyo Kusnandar`) is that person, not whoever was named last',
  'cast.nicknameCutFromName':
    'a nickname set off as such (`Pak Har, sapaan akrabnya`, `yang akrab disapa Mbah Darmo`) whose last word is cut from exactly one person’s name word belongs to that person, not to whoever was named last',
  'discourse.floatingUnnamed':
    'a quote with no cue after a sentence whose subject brings in one unnamed person who reports (`Seorang petugas yang enggan disebut namanya membenarkan hal itu.`) is that unnamed person’s, not the previous speaker’s',
  'discourse.returningSpeaker':
    "a person who spoke earlier, narrated as a clause subject after the last quote in the pointing mention's paragraph or the one before, with no other subject since (`Hujan reda. Pak Kamto kembali menjemur ikan asin … ¶ “…,” tuturnya`), counts as introduced since the quote: the story has come back to that source",
  'discourse.limitedComment':
    'a negated response made short (`X tidak banyak berkomentar`, `tak berkomentar panjang`) says little, not nothing: the subject is about to speak briefly, a source, not one talked about',
  'discourse.seenPresented':
    'a person after a verb of being seen that opens the clause (`Di tribun penonton, tampak X (70), …`, `terlihat X`; lexicon/pronouns.ts SEEN_PRESENTERS) is brought in as an existential brings one in: a new topic the next `ia`/`-nya` may mean',
  'discourse.copularPresented':
    'a name after a copula that follows a phrase picking one out of a group (`Salah satu karyawan itu adalah X`) is presented as a source, as `Salah satunya X` is: a new topic the next `-nya` may mean',
  'cast.ownerNamed':
    'a lone name right after a word of owning (`Warung milik Sumirah …`) is a person the story brings in, whom a later nickname or description may mean, though no role comes with the name',
  'discourse.unnamedBackSubject':
    'a description opening its clause whose words (a head with its modifiers, matched whole; a lone head noun as at a cue) the article last used to bring somebody in unnamed (`Seorang pedagang jagung bakar …` … `Pedagang jagung bakar tadi kembali …`) means that unnamed person, not a holder of a role with the word in it; a quote with no cue after it is theirs',
  'discourse.questionTurn':
    'in an exchange of quotes without cues, the quote right after a quoted question is the answer of the one asked (the speaker the asker last heard), and a question right after that answer is the asker’s again, not the previous speaker going on',
  'discourse.governedDescriptionAged':
    'a name set off after a description a preposition governs keeps that oblique reading when an age in brackets follows it (`bertanya kepada bendahara bank sampah, X (38).`), as an object’s does',
  'discourse.floatingGoverned':
    'a quoted question with no cue after `X bertanya kepada bendahara, Y (38).` is the asker’s: the one asked, set off after a description the preposition governs, is no narrative subject it goes to',
  'cast.endNickname':
    'a lone name word that ends exactly one person’s name word (`Udin` for `Bahrudin`, `Jali` for `Sarjali`) is a nickname for that person, as a prefix (`Surya` for `Suryanto`) is',
  'discourse.appositiveWords':
    'the description set off after a person’s name (`X (45), pria asal Y, …`, `X, lulusan Universitas Z, …`) is what the article says X is: a description pointing back (`ujar pria asal Y itu`) agrees with its words as with a role’s',
  'discourse.descriptionGender':
    'a description whose head noun tells a sex (`kata perempuan berhijab itu`, `ujar pria asal X itu`, `the woman said`) agrees with a person the article tells is of that sex, and not with one of the other, as English `he`/`she` do',
  'discourse.appositiveGender':
    'a person noun heading the description set off after a name or the one it is set off after (`X, ibu dua anak, …`, `Seorang relawan perempuan, X, …`) tells X’s sex, as `Bu`/`Pak` do',
  'discourse.descriptionOtherSeat':
    'antecedent: a candidate whose role fills a seat of the description with another word conflicts with it, whatever words they share: another post in one body (`anggota Komisi IV` for `ujar Ketua Komisi IV itu`) or another body of one kind (`Fraksi Y` for `politikus Partai X itu`, `Komisi XII` for `Komisi IV`)',
  'discourse.descriptionNameMissing':
    'antecedent: a description writes a name (`politikus Partai X itu`, `pria asal Y itu`) another candidate was introduced with, and this one was introduced with none of it',
  'discourse.genderTitleNamed':
    'a title read for a person’s sex is the one before their name, not one in the next words of a mention that is no name (`Pedagang beras H X`, read for the trader `Pedagang` means)',
  'cast.formerTitle':
    'a title written as a former office (`kata mantan menteri itu`, `eks Kapolda`) means the person whose role the article wrote as former (`Mantan Menteri X`), not the current holder, when there is one',
  'discourse.describedSex':
    'a description by sex (`kata perempuan itu`, `ujar pria asal X itu`) means the person of that sex the article presented who spoke or was just brought in, and never the last speaker of the other sex',
  'discourse.describedAs':
    'a description closed by `itu` (`kata ibu tiga anak itu`) means the person the article introduced in those words (`Sri (42), ibu tiga anak asal X, …`), whoever spoke in between',
  'discourse.bareTradeSubject':
    'a bare occupation or member noun opening a sentence as its speaker (`Pedagang menyebut …`, `Warga mengeluhkan …`) is generic, unnamed people, not the one person of that trade the article names before or after',
  'discourse.unnamedBeforeRole':
    'a lowercase description whose head noun was last used introducing somebody unnamed (`Seorang pedagang … mengaku`, then `kata pedagang itu`) means that person before any role holder with the word in their role (`Ketua Paguyuban Pedagang X`)',
  'discourse.nobodyNewBetween':
    'a description by sex, age or kinship (`kata ibu dua anak itu`) also follows straight on from the last statement when each sentence in between goes on about somebody known (a singular pronoun anywhere, a possessed noun: `Akibatnya, anak sulungnya tergeser.`) and none has a person, named or not, as its subject',
  'discourse.answerAfterQuestion':
    'an answering cue (`jawabnya`, `menjawab`, `balasnya`, `he replied`) right after a quoted question (`“…?” tanya X.`) answers the one who asked: not the last speaker, as a chiming-in is not',
  'discourse.predicateOrigin':
    'where a person comes from told by the clause right after their name (`X berasal dari Wamena`, `Y lahir di Kupang`) is what a description by origin agrees with (`kata guru asal Wamena itu`), as an appositive `asal …` is',
  'discourse.definiteDescriptionIntroduces':
    'a sentence opening with a definite description (`Petani asal Desa X itu adalah …`) right after a sentence whose one named person is its subject says what that person is, as an appositive would: its words tell the sex (`Perempuan berusia 35 tahun itu`) and agree with a later description (`kata pria asal X itu`)',
  'discourse.describedSexNamedSince':
    'a description by sex after a statement of the other sex (`tutur pria itu` after a woman spoke), when nobody who spoke or was brought in as a subject since fits, means the one person named since that statement in any place of a clause (`… singgah di rumah Y`) not told to be of the other sex',
  'discourse.originNotOfficeSeat':
    'a description by origin (`ujar ustaz asal Batang itu`) does not agree with a person whose office only sits in that place (`Kepala Kantor Kemenag Kabupaten Batang`): where a person comes from is not where their office is',
  'discourse.englishInvertedSubject':
    'an English sentence opening with `among` and inverted after its copula (`Among the farmers is X, 48, who …`) has the person after the copula as its subject, whom a later `she`/`he` may mean',
  'discourse.nextSentencePronounGender':
    "English: `He`/`She` opening the sentence after one whose subject is a person, with nobody else named and no quote in between (`X said … . He added …`), tells that person's sex",
  'discourse.nyaAfterDefiniteDescription':
    "a `-nya` quote right after a sentence of its paragraph opening with a definite description of a person by sex (`Ibu dua anak itu kini …. “…,” ucapnya`) is that person's, so it tells their sex: not the man (`Suaminya, Y,`) named just before",
  'discourse.definiteDescriptionGoesOn':
    'a sentence opening with a definite description of a person (`Lelaki yang bekerja di gudang itu sudah dua bulan tak digaji.`) goes on about somebody known, as one opening with `ia` does, so a description at the next cue (`kata lelaki berkacamata itu`) still follows on from the last statement',
  'discourse.nobodyMentionedBetween':
    'a description by sex, age or kinship follows on from the last speaker when the sentences between mention no person at all (`“…,” kata X. Kini warung itu ramai. Menurut ibu dua anak itu, …`)',
  'discourse.statementParagraph':
    'a description by sex, age or kinship opening the paragraph after a statement (`X mengatakan warga resah. Sejak Maret, warga berjaga.` then `“…,” ujar pria berusia 61 tahun itu`) follows on from that statement: the rest of its paragraph goes on with what it reported when each sentence there repeats one of its content words and nobody new is a subject (`Tanggul itu dibangun tahun 1980.` breaks the link)',
  'discourse.describedPersonBack':
    'a person described by sex, age or kinship and closed by `itu` (`kata ayah tiga anak itu`) points back like `dia`: the person just named, or nobody when that speaker was unnamed',
  'discourse.titleSynonyms':
    'a bare title the introduction wrote in other words (`sang profesor` for `Prof Nama`, `Sang arsitek` for `Pelatih X, Nama`) means that person (lexicon/title-synonyms.ts)',
  'discourse.lastHolderHead':
    'a lowercase head (`ujar sang pelatih`) two people hold means the one whose statement it follows, as a capitalised title does, not the one introduced last',
  'discourse.subordinateOffice':
    'a title read off a lead-in is not held by an assistant or deputy of that office (`asisten pelatih X` is no `sang pelatih`)',
  'discourse.clauseSubjectTitle':
    "a title with a verb between it and a later name in its sentence is that clause's subject, not the name's role (`Sang pelatih mengakui kehadiran X`)",
  'discourse.titleWordsApart':
    'a title whose words the role that introduced someone holds apart or in another order (`Hakim Ketua` for `Ketua Majelis Hakim`, `pelatih X` for `Pelatih tim putri X`) means that person, when no role holds them in a row',
  'discourse.commandUnits':
    "a commander's title means the person introduced with the command spelled out or short (`Komandan Korem X` … `tegas Danrem`, `Panglima Kodam X` … `ujar Pangdam`): a military command's short form is itself `Komando` and its level (lexicon/title-abbreviations.ts COMMAND_UNITS)",
  'discourse.titleAcronym':
    'a one-word office acronym (`Kadinkes`, `Kades`) means the person whose role it is made from (`Kepala Dinas Kesehatan …`); an acronym the cast read as a name, or written in pieces, is discourse.acronymNamed’s and discourse.officeAcronymWords’ reading',
  'discourse.bracketOpeningAcronym':
    'an office acronym opening a bracket that goes on with its organisation’s acronym (`Kepala Seksi Operasi Balai Wilayah (Kasiops Balwil) X, Nama`) is written by that lead-in, so `kata Kasiops` alone is Nama',
  'discourse.bracketedOffice':
    'a role head before an organisation acronym the cast took for a name (`Kepala Kanpra menambahkan`) means the person whose lead-in wrote that acronym in brackets',
  'discourse.acronymNamed':
    'an office acronym the cast read as a one-word name (`kata Kasatlantas`, `Kadinkes Y menilai`) means the person introduced with it or its spelled-out office (`Kepala Satuan Lalu Lintas (Kasatlantas) …, Nama`, `Ka` + `(Disdukcapil)`), read off the words before the name',
  'discourse.officeAcronymWords':
    'an office written in acronym pieces over its words means the person introduced with the office spelled out: without acting words (`Plt Kakanwil`), an acronym beside its office (`Kalaksa BPBD`), pieces spread over the words (`Kasi Intel`, `Dirjen Hubdat`), also when the cast took the last word for a name',
  'discourse.agentAfter':
    'a quote without a cue credited right after by a passive verb (`“…” Hal itu disampaikan X`) is X’s',
  'discourse.agentNextParagraph':
    'a quote without a cue that closes its paragraph, credited by the next paragraph opening with `Hal itu`/`Pernyataan tersebut`/`Demikian` and a passive verb with its agent (`“…” ¶ Hal itu disampaikan X kepada wartawan`), is X’s',
  'discourse.agentNextSentence':
    'a statement whose title or description names nobody (`Kepala Dinas X menyatakan …`) is credited by the next sentence opening with `Hal itu`/`Pernyataan tersebut`/`Demikian` and a passive verb with its agent (`Pernyataan itu disampaikan Kadis Budi kepada wartawan`)',
  'discourse.titlePreposition':
    'a preposition between two capitalised words of a leading title (`Duta Besar RI untuk Jepang X menyambut`) keeps its holder the subject',
  'discourse.copularSubject':
    'a name after `adalah`/`ialah` is its clause’s subject (`Pemenangnya adalah X`)',
  'discourse.pairAtCue':
    'a pre-posed cue whose subject is a joined pair (`A dan anggota B menyatakan`) is both people’s statement, not B’s alone',
  'discourse.describedPhraseWhole':
    'a description with modifiers after its head, read at a quote (`tutur perajin rotan itu`), means a person brought in unnamed only when the whole phrase repeats that introduction; a bare `seorang perajin` among others talked about does not take it from the person named since',
  'discourse.pronounPair':
    "a singular pronoun opening its sentence joined by `dan` to a name (`… tiba sambil menggendong cucunya. Ia dan X ikut menunggu …`) pairs that name with the last person standing as a clause's subject before it in the paragraph, so a later `mereka`/`keduanya` means both",
  'discourse.unnamedPassiveAgent':
    'somebody unnamed right after a passive cue of answering (`dibenarkan`, `diakui`, `ditanggapi`, with or without `oleh`: `Kabar itu dibenarkan seorang ayah yang menunggu anaknya.`) is its agent, the one answering, whom the next `-nya` means as it means a subject; not `seorang diri`',
  'discourse.pronounNamesUnnamed':
    'a sentence after an unnamed introduction that opens by naming its person (`Seorang perempuan berkerudung menarik jaring. Ia adalah X.`, `… . Namanya X.`, `Dialah X`) names that person, so a later description by the head (`kata perempuan itu`) means X, as after `seorang warga bernama X`',
  'discourse.unnamedGetsName':
    "a name after a description opening its sentence that points back to somebody brought in unnamed and a copula or naming word (`Seorang lelaki berkaos lusuh mendayung … . Lelaki itu adalah X (49).`) names that person: the clause's subject and the story's topic, whom the next `-nya` means",
  'discourse.describedPair':
    'two people joined after a description set off for the first (`A (61), perajin gerabah di Kampung X, dan adiknya, B (55), menyebut …`) are one pair, whom a later `mereka`/`keduanya` means',
  'discourse.setOffRolePair':
    'a pair whose second person is set off by commas after a role naming its unit (`A dan anggota Fraksi Hijau, B,`) is a joined pair',
  'discourse.longSetOffRolePair':
    'a pair joined by a role whose unit is a centre inside a campus (`A dan dosen Pusat Studi Hukum Universitas X, B,`), up to six words, or whose first person is set off after a role too (`Ketua RT, A, dan peneliti Universitas X, B,`): both make the statement',
  'discourse.capitalRolePair':
    'two people each set off after their own role, the second role capitalised (`Ketua Umum X, A, dan Sekretaris Jenderal, B,`), are a joined pair',
  'discourse.joinedPair':
    'two people named side by side as one subject in a shape the cast does not list (`A/B`, `A (56) dan adiknya, B`) are a pair `mereka` may mean',
  // The name model (names/name-model.ts): each evidence source it weighs.
  'names.verbEndsDescription':
    'an active `meN-` verb after a description read at a post-posed cue ends it (`kata sang kades menutup rapat`): the speaker’s next action, not a word of the description',
  'names.descriptionCommaName':
    'a lowercase description at a post-posed cue, a comma, then a name: the name speaks, the description is its role (`kata kuasa hukum terdakwa, Rudi Hartono`)',
  'names.englishMembersOrg':
    'an English organisation named by the plural occupation it gathers (`the Cibening Fishermen Association said`) is the organisation, not a person called by its head',
  'names.englishUnnamedAfterCue':
    'after an inverted English cue, an indefinite person noun ending the clause (`said a buyer.`, `said another driver`, `said one of the women, who …`) is a speaker nobody named',
  'names.englishUnnamedTail':
    'an English unnamed speaker is read across a phrase or a relative clause between commas after its head (`a source at the ministry said`, `a trader, who asked not to be named, said`)',
  'reported.topicCue':
    "after a topic cue (`menyinggung`, `mencontohkan`) a clause of time ends the object's main part (`Ia menyinggung peristiwa tahun lalu, ketika kapal asing sempat …`), so the event named is the object, not a reported clause",
  'reported.notYetSaid':
    'a cue after a word of intention or obligation (`dijadwalkan menyampaikan`, `diminta menjelaskan`, `harus menjelaskan`) reports nothing yet',
  'reported.relativeAdverbs':
    "inside a relative clause after a cue's object, an adverb (`yang justru terjadi`) and a verb after a purpose opener (`yang dipimpin X untuk menunda`) are no main predicate, so the object stays a noun phrase",
  'reported.relativeOverInner':
    'a name read right before a pre-posed cue but inside a bare relative clause on a named person (`Kepala BPBD Andi Pratama yang meninjau lokasi di Sukamaju mengatakan …`) is what the clause is about; the person before `yang` is the subject',
  'reported.questionCue':
    'a cue of asking (`menanyakan`, `mempertanyakan`) reports only a clause opened by a question word, `apakah` or `bahwa` (`menanyakan mengapa bantuan itu belum dibagikan`); a noun after it is what was asked about (`mempertanyakan rencana pemkot memindahkan pasar`)',
  'reported.creditedBefore':
    "a sentence that opens with a reference to what was just said and a delivering passive with its named agent (`Hal itu disampaikan oleh Kepala BPBD X saat …`, `Demikian dikatakan X`) makes the sentence before it, in the same paragraph and with no quote or cue of its own, that agent's reported statement",
  'reported.bareMannerAdverb':
    "a manner adverb written without `secara` straight after a cue (`menyampaikan langsung aspirasi warga kepada bupati`) belongs to the cue, so what follows it is read as the cue's object or clause",
  'reported.englishNamingCue':
    'English verbs of naming with a determined object and its complement (`X called the ruling a victory for the villagers`, `Y described the plan as reckless`) report a claim, as `menyebut X sebagai Y` does; a measure after `a` (`called the hotline a day later`) is none',
  'reported.comparativeCleft':
    'a compared quantity before `yang` after a cue (`berharap makin banyak nelayan yang beralih ke budi daya`) makes a cleft, as a focus word does: the words are a clause, not a noun object',
  'reported.rememberingCue':
    'a cue of remembering (`mengenang`) reports only a clause after its comma or `bahwa` (`mengenang, pada awalnya koperasi itu hanya beranggota lima petani`); straight after it comes what is remembered (`mengenang masa kecilnya`)',
  'reported.relativeCue':
    "a relative clause opened by a reporting cue after a named person (`dikritik ekonom Maria Hadiningsih, yang menilai …`, `…, who said …`) is that person's reported statement",
  'names.nicknameClauseSubject':
    'a relative clause giving a nickname (`Darto yang akrab disapa Pak Dar ini menyebut …`) describes a person, so a one-word name before it is the subject of the cue after it',
  'names.noteBeforeRelative':
    'a bracketed note between a subject and the comma opening its relative clause (`X (60 tahun), yang hadir …, menilai`) is stepped over: X is the subject',
  'names.relativeOverAppositive':
    'a name set off after a noun inside a relative clause on a named person (`X, yang datang ke dermaga bersama anggota DPRD Y, Z, menegaskan`, `X (70), pensiunan bidan yang ditemani menantunya, Z, menuturkan`) is whom the clause tells of; the person before `yang` is the subject',
  'names.partitiveUnnamed':
    'a part taken out of a group before a plural pronoun (`Sebagian dari mereka menilai …`, `Beberapa di antara mereka mengatakan …`; lexicon/pronouns.ts PARTITIVE_HEADS) speaks unnamed, not the whole group the pronoun means',
  'names.relativeOverPlaces':
    'places and a day set off by commas at the end of a relative clause on a named person (`X, yang membuka pameran di Balai Y, Cibening, Bandung, Kamis (9/10), menyebut`) close the clause: the place read before the cue is no subject, the person before `yang` is',
  'names.relativeKnownGiven':
    'a one-word name the article or the name corpora know as a given name, before a bare relative clause (`Sukamto yang mengantar Bramantyo menuturkan …`), is the subject, as a thing before `yang` (`Dokumen yang diterima Budi menyebut …`) is not',
  'names.legalDocumentWords':
    "the words that open or number a law's title (`Undang-Undang Nomor 32 Tahun 2009`, `Peraturan Presiden Nomor 12`, `Pasal 27`; lexicon/terms.ts LEGAL_DOCUMENT_WORDS) are never a person's name, so a cited law is no speaker",
  'names.englishRelative':
    'an English relative clause between commas after a name describes it, so the name is the subject (`Rina Kartika, who leads the group, said …`)',
  'names.model.faction':
    '`dari` a faction or party inside a role keeps the role reading (`Anggota Komisi IV DPR dari Fraksi Partai X Budi`)',
  'names.model.unitCode':
    'a unit number joined by a slash to its seat stays in the role (`Dandim 0412/Lampung Letkol X`)',
  'names.model.personOfGroup':
    'a people closing a run after a group noun that a person noun opens (`ucap pria keturunan Tionghoa itu`) is that person’s people, not their name',
  'names.model.givenAfterField':
    'after a body never named after a person and its field (`Kepala Dinas Kesehatan X`, `Kementerian Kesehatan X`), a given name followed by two more name words opens the person’s name, as after the body itself (`Budi Santoso Halim` lost `Budi` to the role)',
  'names.model.honorificPhraseNamed':
    'a phrase an honorific opens (`Syekh Mahmoud`, written alone at a cue) recurring inside a longer run is the person’s short form, not an institution’s name the words up to it belong to (`Syekh Mahmoud Abdel Salam` kept whole)',
  'names.model.givenHere':
    "a lone capitalised word the article also writes in lowercase (`indah`) is still a name when the article opens a person's full name with it (`Indah Kusumaningrum …` … `kata Indah`)",
  'names.numberAfterNoun':
    'a Roman numeral after a lowercase noun counted by it (`siswa kelas V.`; lexicon/counted-nouns.ts NUMBERED_NOUNS) is that number, no initial, so its dot ends the sentence',
  'names.ageNotInClause':
    'an age after a name and a `me-` verb (`Budi, menyebut peserta tertua berusia 88 tahun`) is what the clause tells of somebody else, no age of the person named',
  'names.model.givenNamesOpen':
    'a run that opens with known given names and nothing before them reads a place-like word after them as a name word (`adalah Siti X Daeng Y`, where X also names a village), not the end of a role',
  'names.model.compoundRank':
    'a word that is a rank only with the word after it (`Ajun Komisaris`) is no rank without it (`Yosef Ajun` is a name; lexicon/roles.ts COMPOUND_RANK_OPENERS)',
  'names.model.numberedSeat':
    'a known place alone after a unit’s number closing a run (`Kepala SMP Negeri 3 Sintang`) is the unit’s seat, no person, unless the corpora know the word as a name word',
  'names.model.unitSeatInRole':
    'a military unit’s number, slash and seat (`Korem 142/Tatag`, `Kodam XIV/Hasanuddin`) stay in the role: a seat no lexicon knows as a place never opens the name (`/Tatag` was a person)',
  'names.model.bracketBack':
    'a run read back from its end steps over a bracketed short form inside it (`Bendahara Umum (Bendum) Yayasan X`)',
  'names.model.hardWords':
    'numbers, cues and function words never open a name (`Dikatakan`, `When`, `2020`)',
  'names.model.gazetteer':
    'a gazetteer place word before a name goes to the role (`pelatih Persija Jakarta X Y`)',
  'names.model.runEnding':
    "words of a role that the article also writes as the end of another run (`Kantor SAR Lambang Rai X` and `Pelabuhan Cokorda Lambang Rai`) name the institution, so the person's name starts after them",
  'names.model.unknownGivenSurnameHead':
    'an Indonesian head (`Hakim`, `Imam`) closing a run after words no lexicon knows as a place, organisation or role is a surname, though the corpora never saw the given name (`Zulfahmi Hakim menilai`); English heads after a portfolio (`Agriculture Minister`) stay roles',
  'names.loneClubOrganisation':
    "a lone word in a club's shape that the article writes alone elsewhere (`Persikura lewat rilis klub menyebut …`) is the club speaking, an organisation, not a person found by the role that holds its name",
  'names.model.articleClub':
    "a word of a football club's shape (`Pers` + vowel) that the article also writes as a run of its own (`gol tunggal Persikoba`) is the team, never part of the name after it (`pelatih Persikoba Rudi Hartono`)",
  'names.model.orgWords':
    'an organisation or team word before a name goes to the role (`… United X Y`)',
  'names.model.articleWords':
    'the article itself: a word it uses alone as a place (`di X`), or a phrase it writes as a run of its own with the role (`Kelompok Tani Sri Rejeki`), is not the name',
  'names.model.spellings':
    'an old or variant spelling of a given name (`Mochamad`, `Soetrisno`) opens a name like the spelling the lexicon knows',
  'names.model.titleGiven':
    'a title that is also a given name opening `T Name` is the given name (`Imam X`)',
  'names.model.danInRole':
    '`dan` inside a role before a word no name lexicon knows continues the role (`Humas dan Protokol`)',
  'names.model.memberNounOrgs':
    "a member noun right after an organisation head names its members, part of the organisation's name, even one that also takes a place (`Koalisi Warga Peduli Hutan`, `Forum Nelayan X`)",
  'names.model.branchOffice':
    'an institution named with its branch unit and seat (`BPJS Kesehatan Cabang Cibening`, `BPJS Ketenagakerjaan Kantor Cabang Cibening`) is one organisation, the words before the unit holding no person',
  'names.model.headInsideName':
    "a person's head word (`Hakim`, `Imam`) between a given name that opens the run and more name words is a name word (`Rudi Imam Santoso`), since a title comes before the name",
  'names.model.danInLongRole':
    "`dan` between a role-and-word and a run no person's head or rank opens, or after an English of/for, is inside one long role (`Direktur Pengawasan Pangan dan Obat Kementerian X Rudi`), not between two people",
  'names.expertStaffOffice':
    '`staf ahli`/`staf khusus` before a name is an office the person holds (`Staf Ahli Bupati X`), not an unnamed employee of X',
  'names.sentenceOpeningRole':
    'a role word capitalised only because it opens the sentence goes on with the lowercase role after it (`Manajer tim X` as `manajer tim X`), not a team named X',
  'names.model.portfolioWord':
    'a capitalised function word between role words stays in the role (`Menteri Dalam Negeri X` is not role `Negeri`)',
  'cast.agedLoneName':
    'a lone name word with an age set off after it introduces a person (`Rina (34) mengungsi …`, `Rina, 34 tahun, …`), so a later `kata perempuan berusia 34 tahun itu` finds her',
  'cast.initialsNamed':
    'capitals alone after `berinisial` (`seorang sopir berinisial AS`) are the initials a person is named by, never an organisation’s acronym',
  'cast.calledName':
    'a lone name word after `bernama`/`named` introduces a person (`Seorang nelayan bernama Karim ditemui …`), so a later `ujarnya` or description finds him',
  'names.seatInDescription':
    'after a cue, a description going on with `di`/`dari` and a place or institution closed by a demonstrative is one description pointing back (`kata orang nomor satu di Sleman itu`), not a place speaking or no mention',
  'names.describedAfterAge':
    'an age set off by commas between a name and its description before a cue stays out of both (`Sumarni, 45 tahun, ibu rumah tangga di Desa X, mengaku …`), so the name, not a place in the description, is the subject',
  'names.evidence.placeAfterPreposition':
    'a lone capitalised word after a preposition before a cue (`warga di Cibinong mengatakan`, `the Consulate in Perth said`) is no evidence of a name used alone',
  'names.possessedNounOpens':
    'a noun presenting the name after it (`Namanya Sukarti.`, `Panggilannya Ucok.`: her name, his call name) is a word of the sentence, never the first word of that name',
  'names.emphaticPresenter':
    'a pronoun or demonstrative with the emphatic `-lah` (`Dialah X, 41 tahun, …`, `Inilah X`; lexicon/pronouns.ts EMPHATIC_PRESENTERS) presents the name after it and is no word of that name',
  'names.model.nounBeforeKnownName':
    'a capitalised word no name lexicon knows, opening a run before a word that opens a name the article gave in full before it ever wrote that word (`Semangat Wartinah tak pernah padam …` after `Wartinah Sekarwangi …`), is a noun opening the sentence: a person is named in full first',
  'names.model.commonNounOpensSentence':
    'a capitalised word opening a name that the article also writes in lowercase and no name lexicon knows, before a word the article uses alone for a speaker, is a common noun opening the sentence (`Kisah Darsono juga dikenal …` … `kisah itu` … `kata Darsono`), not a name word',
  'names.relativeOverPlace':
    'a place after a preposition right before a pre-posed cue ends a relative clause, so the name before `yang` is the subject (`Rudi Hartono yang hadir di Demak menyatakan …`), not the place',
  'cast.organisationSeatForm':
    "a form of an organisation made of place words only is its seat, never its name with a neighbour's words read before it (`… di Jawa Timur` after `Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Jawa Timur menyampaikan …`), as a person's shorter form may be",
  'names.model.seatedBody':
    'a diplomatic body keeps the city it sits in (`Konsulat RI di Tawangmas`, `the Malaysian Consulate in Perth said`): the city is no speaker',
  'names.model.postedTo':
    'an office and the place it is posted to stay one role (`Duta Besar RI untuk Mesir X`), not a person named after the place',
  'names.fieldListLongHead':
    'the run opening an office’s list of fields may hold up to eight words, the office’s own words before the first field (`Kepala Eksekutif Pengawas Usaha Pertambangan Rakyat, Energi, dan Mineral Kementerian X Y`), not only a field’s four: the whole list is the role, not its last field',
  'names.bridgedOffice':
    'an office written before a name across what ends a capitalised run — a bracketed short form after lowercase role words (`jaksa penuntut umum (JPU) Kejari Y X`), a link word (`Ambassador to Ruritania X`, `politisi Partai Y asal Z X`) or a class numeral (`Kalapas Kelas I Z X`) — is the whole role, not the organisation or place after the break (names/bridged-office.ts)',
  'names.englishOfficeOf':
    'an English office that opens its unit with `of the` (`Head of the Cibening Environment Agency X`, `Deputy chairman of the Ulema Council X`) is read with the unit, not cut at `the`',
  'names.englishUnitRole':
    'an English office written after the unit it heads (`Lalemba village head X`, `Rote Ndao Fisheries Agency head X`) takes the unit into the role, not only `head`',
  'names.memberOrigin':
    'in a list of people before a cue, a run after `dari`/`asal` is where the member before it comes from, not a member (`Rina dari Cibening dan Andi mengatakan`)',
  'names.model.continuationOpensRun':
    'a role continuation that is also a given name (`Agung`) opening a run, alone or before a name word, is the name (`kata Agung`, `Agung Wibowo menilai`): nothing before it for it to qualify',
  'names.model.roleBeforeComma':
    'a run opening its sentence with a role head and no person word, then a comma, is the role of the name after it',
  'names.model.orgNameRuns':
    "after an organisation head, a given name the article uses alone opens the person, so the organisation's name may run longer than one word (`Partai Cahaya Bangsa Dimas Prakoso` … `ujar Dimas`)",
  'names.model.loneNameAfterPlace':
    "a place word right before the last word of a run, which the article uses alone for a speaker, is the role's (`Kejari Klaten Suparno` … `Suparno menambahkan`)",
  'names.model.regionOfTwoWords':
    "a compass word after a place goes on naming the role's region before a name the article uses alone (`BPBD Konawe Utara Darmono` … `kata Darmono`), where another second place word is a given name that is also a district",
  'names.model.twoPlaces':
    'places alone joined by `dan` are two governments speaking, not one role (`Jakarta dan Canberra`)',
  'names.model.groups':
    'a group noun and a word nobody uses as a name (`Masyarakat Minang`) is a people, not a person',
  'names.model.commonNoun':
    'a lone capitalised word the article also writes in lowercase is no name (`Farmers said`)',
  'names.model.honorificOpens':
    'an honorific inside a run opens the name after it (`Kepala Dinas X dr Rudi Rizal Hakim`), however the article later shortens it (`kata Rizal`)',
  'names.model.lowercaseTitleOpens':
    "a medical title written in lowercase (`dr`, `drg.`) opens the name after it even when the institution before it holds given names (`RSUD Sinar Kasih Sentosa dr Rudi Hakim`); being the name's own, it leaves the name opening its clause after a comma before the title as after a bare comma (`Kepala RSUD Lembah, dr X, membantah …`; cast/subject-position.ts)",
  'names.model.balineseArticleOpensRun':
    'the article `I` of a Balinese name opens a run in the running text as it does after a cue (`I Wayan Sudarsa sudah …`, `Perajin itu, I Made Arta, …`, English `For years, I Nyoman Arta has …`): read from the birth-order word, the name lost its article',
  'names.model.openerAfterComma':
    'a capitalised regional opener that spells a word (`Lalu`) right after a comma closing a role opens the name set off there (`Kepala Bidang Dinas X, Lalu Hendra Sasmita, mengatakan`), whether the role ends in a word, a number (`Ketua RT 05, Lalu …`) or a bracketed short form (`… (DPU), Lalu …`): the conjunction `lalu` after a comma is lowercase',
  'names.tuanGuru':
    '`Tuan Guru` (TGH spelled out, a Sasak religious teacher’s title) is an honorific pair, not a person called Guru: `kata Tuan Guru` is a title meaning the one written `TGH Nama` (lexicon/title-synonyms.ts)',
  'names.model.openerAfterHonorificDot':
    'a regional name opener that spells a word (`Lalu`) after an abbreviated honorific’s dot (`H. Lalu Muhammad X`) opens the name, as after a letter',
  'discourse.holderNamedLater':
    "an office named by its title alone before anyone holding it (`Kepala Dinas Sosial Kota X mengatakan pihaknya …`) means the holder the article names near it by a description pointing back (`Y, kepala dinas tersebut, menjelaskan`) or, for an office a corps' officer holds, by rank and name only (`Kapolres X mengatakan …` … `kata AKBP Y`), when no role in the cast holds the title",
  'names.englishDescriptionOrigin':
    "an English `the` description with the person's origin after `from` before a cue (`The 52-year-old from Tabanan, Bali, said …`, `The fisherman from Tabanan in Bali said …`) or after it at the sentence's end (`said the fisherman from Tabanan.`) points back as the description does; the place is where the person comes from, never the speaker",
  'discourse.institutionKindNoName':
    'a kind of institution that heads a name (`SD`, `SMP`, `RSUD`, `PT`: lexicon/facilities.ts NAMING_HEADS) closing a description pointing back, with no name after it (`kata siswa kelas dua SMP itu`), is no name only that institution’s people share, and keeps a person description one of a person by age or kin; `hakim MA itu` still names a court',
  'names.sangPersonNoun':
    '`sang` before a person noun after a cue (`ujar sang suami`, `kata sang ayah`) makes a definite description pointing back, as one closed by `itu` does; a role after `sang` (`sang pelatih`) stays a role’s unnamed holder',
  'cast.possessedKin':
    'a lone name set off after a kin, role or person noun owned by `-nya` opening its sentence (`Istrinya, X, …`, `Pelatihnya, X, …`), or read with a kin relation its owner points back to (`His wife, X`), introduces a person, the kin or holder of the one the text is about, whom a later `sang istri`, pronoun or -nya may mean',
  'discourse.kinLeadNoSource':
    'a person set off after a kin noun owned by `-nya` right after a person presented as a source, in the same paragraph or the next (`Y (47), guru di desa itu, … . Suaminya, X, bekerja di kota`), and not reporting, is presented as that source’s relative, not as a source: talked about, so the owner stays the topic a later `-nya` means (after a victim or a possessor the kin is still the next source: discourse.kinLeadIn)',
  'discourse.relationKnown':
    'the kin a person was introduced as (`Istrinya, X`, `Ayah Y, X`) is known of them as a role is: a description pointing back by kinship (`kata sang istri`, `ujar istri Y itu`) agrees with them',
  'names.kinPossessorActs':
    'a capitalised kin noun opening its sentence before a name and a lowercase predicate (`Tetangga Mbah Karto ikut memasang tenda`, `Menantu Budi bekerja di Batam`) is somebody’s kin doing something: the name is the possessor, no part of the name and no subject; not a kin noun that is also an honorific or a name (`Ibu`, `Putri`), nor a word the given-name lists know',
  'cast.titleAcronymTail':
    'a title ending in a body’s syllable acronym (`ujar Juru Bicara Kemenkes`) means the person whose role holds its other words in a row and then the words the acronym is made of (`Juru Bicara Kementerian Kesehatan`)',
  'names.describedAfterAdjunct':
    'a description closed by a demonstrative that opens its clause after a short adjunct fronted before the subject (`Usai latihan, bek berusia 24 tahun itu menyebut …`: a preposition or an adverbial subordinator first, its comma closing it) is the cue’s subject, as one opening the sentence is',
  'cast.widerAppositive':
    'a lone name set off before an appositive headed by a kin noun (`X, anak bungsu Y, …`) or by `salah satu`/`salah seorang` before a noun for people or a `peN-` agent noun (`X, salah satu pembatik, …`) is a person introduced, as before an appositive role',
  'cast.oneOfThemIntroduces':
    'a lone name right after `salah satunya` (one of them: `Salah satunya Hj. X.`, `Salah satunya X, siswa …`) presents one of the people the text just described, a person a later description or -nya may mean',
  'cast.narratedSubject':
    'a lone word read as a person that stands as its clause’s subject with a lowercase predicate after it (`Di depan kiosnya, Karyoto menjahit …`, `Buya X membuka pengajian …`) introduces that person, whom a later description or pronoun may mean, when no longer name of the article holds the word; at a sentence’s start only a given name the name lists know or a name after an honorific, and never a word the place or organisation lists know',
  'names.englishDescriptionAffiliation':
    'an English `the` description after a cue closed by the body the person belongs to (`said the politician from the National Party (NP).`) points back as one told by origin does; the body, opened by `the` and perhaps closed by its bracketed acronym, never speaks',
  'names.englishAgedDescription':
    'an English `the` description closed by an age written as one word (`The 52-year-old said …`) tells a person by age and points back, as one closed by a lowercase head does',
  'names.agedAfterCue':
    'an English `the` description after a cue closed by an age written as one word (`said the 58-year-old with a grin`) tells a person by age and points back, as it does before a cue',
  'cast.nicknameRestatesName':
    "a name after a naming word (`Penjual jamu yang biasa dipanggil Mak Rukmini itu …`) that restates a lone name written after the latest person's mention (`… adalah Rukmini.`) is that new person's own name, not a nickname joined to the person mentioned before; the lone name, never given in full, is then a person of its own, and the description the called name closes opens that person as subject, so a later `ujarnya` or a reported clause of the description means them",
  'discourse.titleOwnWordsAtCue':
    "a title mention's own words, which the holder lookup looks before, are the ones written right before the cue with no sentence end or quotation mark between: after a quote (`“…,” ucap Perbekel.`) the same word opening the paragraph (`Perbekel atau Kepala Desa X, Y, menilai …`) is the holder's introduction, not the title's own words",
  'cast.roleRunBeforeClosedName':
    "a run read as a role and a name, set off by a comma before a person's name closed by an apposition (`Perbekel atau Kepala Desa Bongkas Kelod, I Made Arta, menilai …`), is that person's role whole: its last words are the office's seat, never a person a later bare title (`ucap Perbekel`) could mean",
  'names.model.balinese':
    'a Balinese name opens with its article `I`/`Ni` before a birth-order or caste word (`Ketua I Ketut X`: no numeral), and a birth-order name (`Komang`, `Kadek`) opens a name like a given name',
  'names.dottedTitleAfterCue':
    'after a cue, a lowercase medical title written with its dot (`kata dr. Rina Sari`, `Menurut drg. Budi, …`) opens the name after it, as `dr Rina` does; its dot had ended the description with nobody named',
  'names.degreeAfterHeadSurname':
    "post-nominal degrees after a surname that is also a person's head word (`Yusril Hakim SH MH`) close the name as after any name word; an office before a degree-like acronym (`Ketua MA`) keeps it",
  'names.model.articleStartInOrg':
    "after an organisation's words that hold a given name (`Yayasan Budi Mulia`), the word the article uses alone for the speaker (`kata Tan`), with two name words or more from it and no name word before it, starts the name (`Ketua Yayasan Budi Mulia Tan Kwee Hoa`)",
  'names.originRunPlace':
    'the whole capitalised run after an origin word (`pemain asal Puncak Jaya, Papua Tengah,`), closed by a comma, a stop or a lowercase word, is a place as the article writes it: that name is never a person',
  'names.governedNameNoSubject':
    'a name after a preposition and set off by a comma before a cue (`Kepada Republika, Buya bercerita`) is whom or where the subject speaks, never the subject whose role the words after the comma would be',
  'names.placeAfterSpeaker':
    "a `di` phrase after the speaker at a cue is where they spoke: after a named speaker it ends the mention (`kata Kapolres X AKBP Rudi Hartono di Mapolres X, Cibinong`), and after a role the run its comma sets off is the place's town unless it surely names a person (`kata Bupati X di Pendopo Kabupaten, Cibinong`), never the speaker",
  'names.initialsKept':
    'initials are kept as written: one capital letter that spells a word the run never takes (`A`, `I`), with its dot glued and a capitalised word after, opens the name (`kata A. Dahlan Iskandar`, `Bupati H. A. Rahman Saleh`), and an initial right before the word the article uses alone stays in the name (`Pedagang R Hartanto Sukmajaya` … `kata Hartanto`)',
  'names.model.regionalOpeners':
    "a regional name opener (`Anak Agung`, `Ida Bagus`, `Lalu`, `Baiq`, `La Ode`, `Wa Ode`, `Andi`, `Teuku`, `Cut`: lexicon/regional-name-openers.ts) before a person's name words opens the name, never the role's last words nor an honorific to strip (`Bupati Anak Agung Putra Wiraguna`, `kata Lalu Hendra Sasmita`, `petani I Wayan Sukarta`)",
  'names.model.longNames':
    'a name that opens with a Balinese article or a known given name keeps all its words past four (`I Gusti Ngurah Putu Arsana`, `Andi Muhammad Rizal Daeng Pawero`), where an over-long run with no such opening keeps its last two',
  'names.model.lowercaseHead':
    "a role head written in lowercase (`jaksa penuntut umum`, `majelis hakim`) opens no institution's name, so the capitalised run after it is the person's (`majelis hakim Yohanes Bima Saputra`); `warga X` still takes a place",
  'names.model.institutionSpeaks':
    'an institution written as a word (`Bulog`, `Kemendag`, `Bawaslu`), alone or with its seat after it, as the subject of a cue is the organisation speaking (`Bawaslu Jateng menilai …`), not a role with no one in it',
  'names.dottedDegreeInRun':
    'a post-nominal degree written with dots and no comma before it (`Dedi Saputra M.Si menilai`, `dr Andi Wijaya Sp.PD`) closes the name, read as the text writes it though the tokenizer splits it at its dots',
  'names.dottedRankInRun':
    'a police or military rank written short with a dot (`Kombes Pol. X`, `Kolonel Inf. X`) goes on to the name after it, as a short title does, so the role before keeps its name',
  'names.doctorateFieldDotted':
    'a doctorate’s field after `Dr` written with a dot (`Dr. Eng.`, `Dr. Ing.`) ends neither the sentence nor the run, so the name after it keeps the role before (`Pakar X, Dr. Eng. Y, …`)',
  'names.dottedDegreeEnd':
    'the last part of a degree written with dots (`Sp.A`, `S.Pd.I`), a letter the run reader never takes alone (`A`, `I`), stays in the run, so the degree closes the name and a cue after it finds the name (`Kepala sekolah X S.Pd.I mengatakan`)',
  'names.model.memberOrgs':
    'a role head right after an organisation head names its members (`Asosiasi Pengusaha X`, `Persatuan Guru X`): one organisation',
  'names.model.namingHead':
    'after `RSUD`/`PT`/`Masjid`/`Desa` the next word names the institution; one or two words no name lexicon knows as a given name name the place alone (`warga Desa X`, `jamaah Masjid Raya X`)',
  'names.model.capitalisedLast':
    "a function word written capitalised mid-sentence right after a name word, closing the run, is the name's last word (`Marselina Tefa Dalam (19)`)",
  'names.model.spelledOrg':
    "an organisation spelled out by the bracketed acronym closing a run (`Ketua Himpunan Petani Garam Sari Makmur (HPGSM)`) holds no person's name: the run is an office",
  'names.model.seatedOffice':
    'an institution named with its seat (`KBRI Canberra`, `Polsek Cibeunying`, `Kodim 0815`, `Perum Bulog Kantor Wilayah X`) is one organisation: no person named by the seat, no bare role',
  'names.professionAfterDegree':
    'a professional title after a degree in a chain set off by commas (`X, M.Psi, Psikolog, menjelaskan`, `X, S.E., Ak., CA,`) is a link of the chain, not the speaker (lexicon/honorifics.ts LICENCE_TITLES)',
  'names.model.abstractSeat':
    'an English abstract noun (`ASEAN Cooperation`) is no seat no gazetteer knows: the run is no institution named by its seat (text/word-shape.ts)',
  'names.model.seatAfterHead':
    'a head that takes its jurisdiction followed only by one or two place words names an office by its seat, nobody (`Kapolsek Tanjung Karang`, `Camat Sukajadi`)',
  'names.model.brandWord':
    'a camel-case brand before a name is the company the role is held at, never the first name word (`CEO BayarCepat Rudi Hartono`)',
  'names.model.givenBeforeShort':
    'a given name right before the word the article uses alone for the speaker opens the name, so a short mention by an inner name cuts no first name off (`Peneliti Center for Maritime Policy (CMP) Abdul Rahman` … `kata Rahman`)',
  'names.model.seatAfterBracket':
    "an office's seat may follow the bracketed acronym that closes its name: before a name of two words or more, a place word or an unknown word before a given name is the seat, not the person's first name (`Kepala Dinas Kesehatan (Dinkes) Cibening Rudi Hartono`)",
  'names.englishPortfolioBefore':
    "English writes the portfolio before the office (`Religious Affairs Minister X`): the capitalised words before an English role head are the role's, not left out (role `Minister`)",
  'names.quotedNickname':
    'a nickname in quotation marks between two name words (`Darmo “Kendil” Wiyono`): the name runs on across it (`Darmo Wiyono`) and the nickname is its alias (quotes.nicknameInName drops the marks as no quote)',
  'names.model.monthInName':
    'a month name between two name words with no day or year beside it is a name word (`Rina Tan Mei Hua`), not a date that cuts one person in two',
  'names.describedOrganisation':
    'an organisation described between commas before the cue speaks as such, not the run inside the description (`PT X, one of the miners in Y, said`)',
  'names.model.seatAfterAcronym':
    "after an institution's acronym, an unknown word before a given name that opens a name of two words or more is the seat, not the first name (`Ketua DPRD Cibening Andi Wijaya`)",
  'names.englishTitle':
    "an English office's portfolio words after its head belong to the role (`Head of Government Relations`, `Chief Customer Experience`): with no name after them the run is a bare title",
  'names.definiteClosesTitle':
    'a title with a lowercase description closed by `itu`/`tersebut` before a comma is the whole speaker mention (`Menurut Director of Sales lembaga itu, X akan …`): the run after the comma opens the clause, it is no appositive name',
  'names.model.derivedFieldBeforeDan':
    'a derived noun no role lexicon lists (`Pencarian`, `Pemantauan`) before `dan` is a field word of the office, so `dan` stays inside the role (`Kepala Kantor Pencarian dan Pertolongan X Budi`)',
  'names.degreeRunAlone':
    'a run set off by a comma that spells one degree alone (`dr. Rina Kartika, Sp.P, MPH, …`: the tokenizer splits `Sp.P`) mentions nobody, so it never becomes the role of the name before it',
  'names.kinPossessorLate':
    "a word saying the person is dead (`almarhum`, `mendiang`) opening the apposition after a capitalised kin noun and a name (`Ayah X, almarhum Y, …`) still makes the pair somebody's kin described through X, not a person named `Ayah X`",
  'names.communityBodyName':
    "a run opened by a community body (`Koperasi`, `Kelompok`, `Paguyuban`, `Sanggar`) with no office, given name or word the article uses alone for a speaker after it is the body's own name (`Kelompok Tani Sido Makmur Sumber Rejeki kini …`), not a person read from its last words",
  'names.degreeShapeInChain':
    "a word of a degree's shape (`S.` or `M.` and a short field: `M.Par`, `S.Ds`) right after another degree in a chain set off by commas (`X, S.Sos., M.Par, menilai`) is a degree though no list holds it; alone after a comma it may be a given name after an initial (`M.Ali`)",
  'names.officeClassOne':
    'a lone `I` after a capitalised `Kelas` (`Rutan Kelas I Cibening`, `Lapas Kelas I X`) is the class of the office, in its name, as `Kelas II` is: not the English pronoun that ends the run, leaving the seat alone as a person',
  'names.relativeOverCompanions':
    'companions listed inside a relative clause, each set off after a noun (`X, yang didampingi sekretaris, A, dan direktur, B, mengatakan`, `X, who came with the spokesperson, A, and the head of the office, B, said`): the clause still describes the person before `yang`/`who`, the subject, not the last companion',
  'names.regionAfterPlace':
    'a run of place words only (no given name), set off by commas right after a run of place words only that no preposition fronts (`kelahiran Borong, Manggarai Timur, …`), is the region the first place lies in, no person a later `-nya` or `dia` could mean',
  'names.regionAfterAdjunct':
    'a province or region set off after the place an unnamed person is from (`Seorang petani asal Bekasi, Jawa Barat, yang …, mengatakan`) is no speaker, as the place is not',
  'names.institutionRun':
    "a run opened by a school's or clinic's head (`SD Inpres X`, `Puskesmas X`, `SMA X`), read whole, names the institution, never a person",
  'names.areaPhrase':
    'a regency or city named by two words or more that are no place words alone (`Tanah Datar`, `Pulang Pisau`; lexicon/generated AREA_PHRASES, from idn-area-data), as the whole rest of a run, is a place, no name: `seorang pedagang di Kecamatan Lubai, Tanah Datar, mengaku` names nobody',
  'names.model.appositionWhole':
    'a run with no role word set off by a comma before it and closed by a comma or a stop (`pelatih Persikura FC, Jonaedi Syafrizal Tumangger, menilai`) names the person whole: a later short mention by a middle word (`Syafrizal mengatakan`) does not cut the first word off',
  'names.model.rankOpensName':
    "a police or military rank right before a word (`Kapolsek X Kompol Yudha Kusnandar`) makes that word the name's first, though the corpora know it from units' names",
  'names.model.innerNameOpensRun':
    "a run with no role word whose first word the corpora know from people's names (`Bambang`, which mostly continues one) keeps it, though the article later calls the person by the next word",
  'names.model.appositionAged':
    'an age in brackets after a set-off name (`…, X Y Z (17), siswa …`) closes it as a comma does, so the run names the person whole',
  'discourse.answerAfterAskedQuestion':
    'a quote opening its paragraph that asks nothing itself, right after a question put with a cue of asking (`“Saudara yakin?” tanya X.` ¶ `“Yakin, Pak,” ujarnya.`), answers: its `-nya` or pronoun means the one asked, not the asker',
  'discourse.squadSides':
    'a description opening with one side of a sports team (`kata pemain binaan akademi X itu`: a player) conflicts with a candidate whose role opens with the other side (`Pelatih X`), however many club words the two share (lexicon/roles.ts SQUAD_PLAYERS, SQUAD_STAFF)',
  'names.acronymLongSkip':
    'in an office acronym, a piece of the second of two words joined by `dan` may skip three letters (`ora` from `olahraga` in `Kadispora`), not only two',
  'names.acronymJoinedInitial':
    'in an office acronym, the first of two words joined by `dan` may give its first letter alone (`Kadispora`, Kepala Dinas Pemuda dan Olahraga)',
  'names.acronymAcrossJoins':
    "an office acronym read against a role skips the role's joining words (`Kadistanbun` from `Kepala Dinas Pertanian dan Perkebunan`; the piece `bun` comes past `per-ke-`, which the reader always allows)",
  'cast.countedPairIntroduces':
    "a lone name of a pair joined by `dan` right after a count that picks them out of a group (`Dua di antaranya adalah A dan B`), one of the two a name the corpora know as a person's, is a person, though never given in full: a later `keduanya` or `mereka` means the two",
  'names.evidence.clubNoName':
    "a football club the corpora know (`Persija`; lexicon/generated CLUB_WORDS), written alone next to a cue, speaks as a team and is never taken for a person's name used alone, so it stays out of the name read after it (`pelatih Persija X Y`)",
  'cast.oneOfDescribedIntroduces':
    'a name set off right after a clause-opening `salah satu`/`salah seorang` and a few lowercase words describing the one picked (`Salah satu yang tertua, Mbah X, …`) is a person introduced, as after `Salah satunya`',
  'names.relativeOrganisation':
    "an organisation named by two words or more before a bare relative clause (`Lembaga Bantuan Hukum (LBH) X yang membela para petani menyebut …`) is the subject of the cue after the clause, as a named person is; the clause's own object (`warga`) is not",
  'names.relativeOverUnnamed':
    "an unnamed noun right before a pre-posed cue (`warga`) that closes a bare relative clause is the clause's object: the named person or organisation before its `yang` is the subject (`LBH X yang membela para petani menyebut …`)",
  'discourse.groupDescription':
    'a definite description of a pair or a small band (`kata pasangan itu`, `tutur ayah dan anak itu`, `kata si kembar`, `kata empat bersaudara itu`, `said the couple`; lexicon/pronouns.ts GROUP_DESCRIPTION_NOUNS) points back to the people named together before it, as `keduanya` does, counting the number that opens it',
  'cast.englishAgedMembers':
    'an age set off by commas after a listed name (`A, 70, and B, 66,`) belongs to that member, so the names stay one list of people',
  'discourse.englishAgedPair':
    'an age the first name sets off by commas (`A, 74, and his wife B`) says nothing about how the two are joined: they are one pair',
  'cast.agedListMembers':
    'a bracketed age after a listed name (`A (31), B (28), dan C (25)`) belongs to that member, so the list of people still forms and a later `ketiganya` or `mereka` means all of them',
  'names.agedDescriptionClosed':
    'an age after the capitalised word of a description after a cue, closed by a demonstrative (`kata perempuan Minahasa berusia 47 tahun itu`), is still the description: the word tells where the person is from, and the description points back as `perempuan itu` does',
  'names.initialsLikeDegree':
    "a degree whose undotted spelling may be a family name's initials (`SP`, Sarjana Pertanian) is a degree inside a chain of degrees set off by commas, before another degree (`X, SP, M.Si, mengatakan`), so the chain closes the name before it",
  'names.diplomaDegree':
    'a diploma written after a name (`Bidan Desa X, Y, Amd.Keb, menjelaskan`, `A.Md.Kep`) is a degree, with its field: the name before it is the speaker, not the field',
  'names.consultantMark':
    "a consultant's `(K)` after a specialist degree (`SpA(K)`, `Sp.OG(K)`) is part of the degree, neither name nor role",
  'names.model.gelarAfterArticleName':
    'a Minang customary title (`Datuk`, `Sutan`) after a word the article uses alone for a speaker opens the gelar, though no given-name list knows the word (`Syafnir Datuk Sinaro Panjang` … `ujar Syafnir`): the name is not cut to `Sinaro Panjang` with the given name in the role',
  'names.model.minangGelar':
    'a Minang customary title after a given name (`Hendri Yusman Datuak Rajo Sati`, `Syafri Sutan Pangeran`) and the words after it close the name: no honorific, place or cut of a long name',
  'names.model.givenAfterHead':
    'after a head that takes an institution or region, a given name followed by two more person name words opens the name (`Direktur Muhammad Rizal Fahmi Harahap`): it is no seat of the office',
  'names.model.clanParticle':
    'a Batak clan particle (`boru`, `br.`) inside a name joins its words (`Rina boru Siregar`, `Rina br. Siregar`)',
  'names.model.particleSurname':
    "a European or Filipino surname's particles (`dela Cruz`, `de los Santos`, `van den Berg`) are inside the name, and a later mention that opens on the particle (`kata De Vries`) is the surname, never the person's full name",
  'names.relativeNumberedPlace':
    "a run after a number inside a relative clause between commas (`Rina, yang mengajar di SDN 2 Sukamaju, menyebut`) is the clause's place, so the subject is the name before `yang`",
  'names.affiliatedPair':
    'two people joined by `dan`, the last with its organisation after `dari` (`Budi Santoso dari KPK dan Rina Kartika dari ICW mengatakan`), both speak, each with its organisation as role',
  'names.model.roleAfterAdjunct':
    'a role opening the main clause after a lowercase adjunct and its comma is the role of the name after it (`Menjawab pertanyaan wartawan, Direktur X, Rudi, mengatakan`)',
  'names.englishDescribedOrg':
    'an English lowercase description of an organisation with its acronym in brackets (`The UN health agency (UNHA) warned …`) is the organisation speaking, named by the acronym',
  'discourse.organisationByHead':
    'a description of an organisation (`The agency urged …`) whose nearest subject is somebody else means the one organisation the article named with that head word (`the UN health agency (UNHA)`, `Regional Health Agency`)',
  'reported.englishDayAside':
    'an English time phrase between subject and cue (`The agency on Tuesday urged …`, `X yesterday said …`) dates the statement; the subject ends before it',
  'names.englishCapitalCrowd':
    'a bare plural person noun opening its sentence (`Officials said …`, `Villagers said …`) is a crowd nobody named, as it is mid-sentence, not a one-word name',
  'names.englishUnnamedParticiple':
    'a present participle after an unnamed English head opens a tail that only places the person (`A housewife shopping at a market in X said`): the speaker stays unnamed, never the place',
  'quotes.englishPartial':
    'an English partial quote after a cue and the clause\'s `that`/subject pronoun (`X said it "remained deeply worried" about …`) is one direct quote of that cue\'s speaker, not also an indirect one',
  'names.englishOrgNamedAfter':
    'a capitalised name right after a lowercase English organisation description opening the clause (`State grain agency Pangan Raya said`, `Environmental group Hijau Lestari said`) is the organisation speaking',
  'reported.englishCoordinatedVerb':
    "an English cue joined by `but`/`and` to a first verb that reports nothing (`Group X praised the decision but said the fine …`) shares the sentence's named subject",
  'names.englishListedOrg':
    'capitalised fields listed with commas and one `and` before an English organisation head (`The Forestry, Wildlife and Parks Agency (FWPA) said`) are one organisation, not a list of speakers',
  'discourse.repeatedEpithet':
    'a description pointing back that repeats the epithet an earlier sentence opened with (`Mantan kiper nasional itu mempersoalkan wasit X.` … `ujar mantan kiper nasional itu`) is resolved from that sentence’s start, so nobody that sentence brings in is taken for it',
  'names.memberSurname':
    "a name of two words or more after a member noun, ending in a word the corpora know as a surname and holding no place or organisation word (`petani Sukarmini Lubis`), is the member's own name",
  'names.indefiniteAffiliation':
    'after a determiner (`seorang`, `salah seorang`) a lowercase noun and a run headed by an organisation, an acronym or a unit (`kata seorang dosen Universitas X`, `ujar seorang mahasiswa Fakultas Hukum`) is an unnamed person with their affiliation, not a person named by the run’s last word; a unit head also makes a member noun’s run the employer',
  'reported.feelingNotClause':
    'a predicative cue straight before a feeling (`mengaku lega karena jembatan dibuka`, `mengaku sangat kecewa`: lexicon/cues.ts FEELING_WORDS) reports how the subject feels, no statement: read for who the text goes on about, never shown',
  'names.correlativePair':
    '`baik A maupun B` (“both A and B”): `maupun` joins two people as `dan` does, and the capitalised `Baik` opening the sentence is no word of the first name (`Baik Rina maupun Andi berharap …`)',
  'reported.indefiniteAppositive':
    'after `Menurut X,`/`According to X,` a description opened by an indefinite determiner and closed by a comma (`seorang pakar hidrologi,`, `a hydrologist at Y,`) is who X is: the clause starts after it',
  'names.englishDottedRanks':
    'English ranks written short with a dot (`Insp. Gen.`, `Sr. Comr.`, `Lt. Col.`, `Adm.`: lexicon/roles.ts ENGLISH_DOTTED_RANKS) end neither the sentence nor the run: the name after them keeps its cue, and the ranks go to the role',
  'names.englishFieldTail':
    'capitalised words after `and` that end with a field noun no person is called (`Studies`, `Affairs`, `Resources`: lexicon/organisations-en.ts EN_FIELD_TAILS) close an English organisation’s name (`X of the Institute for Trade and Fiscal Studies said`): the person before `of the` speaks, not "Fiscal Studies"',
  'names.englishTitleModifier':
    "an English office's portfolio is read back past a word modifying its head (`Director General of Public Works X`: `Works` is the portfolio's, not the name's)",
  'names.englishGovernmentPortfolio':
    'a cabinet portfolio after an English office’s head (`Coordinating Minister for Economic Affairs X`, `Minister of State-Owned Enterprises X`: lexicon/roles.ts EN_GOVERNMENT_PORTFOLIO_WORDS) belongs to the role, so the name starts after it',
  'reported.englishParticipleAfterCue':
    'after an English cue’s comma a lowercase present participle (`"…," X said, adding that …`, `…, pointing to the stock`) opens no clause of that cue: the participle’s own `that` clause is reported once (reported.englishParticiple), a noun object not at all',
  'names.englishArticleOffName':
    'a lowercase `the` after an English cue (`according to the Regional Health Agency, …`, `said the spokesman of the cooperative, X`, `…, said the minister.`) opens the mention but is no word of its name or role, as a sentence-opening `The` is; a description alone points back as before a cue',
} as const;

export type FeatureName = keyof typeof FEATURES;

const switchedOff = new Set<FeatureName>();

/**
 * Counts the switches of withFeaturesOff, so a reading kept across calls (name-run.ts's run ends)
 * knows when the rules it was read under changed.
 */
let switches = 0;

/** How many times the set of switched-off features has changed (0 in the product). */
export const featureSwitches = (): number => switches;

/**
 * True unless an evaluation run switched `name` off. The rules ask it about 1,600 times per
 * article; in the product nothing is switched off, and a size test costs less than a lookup.
 */
export function featureOn(name: FeatureName): boolean {
  return switchedOff.size === 0 || !switchedOff.has(name);
}

/** True when no feature is switched off (the product's case), so hot loops may skip the lookups. */
export function allFeaturesOn(): boolean {
  return switchedOff.size === 0;
}

/** For evaluation only: runs `fn` with `names` switched off, then switches them back on. */
export function withFeaturesOff<T>(names: readonly FeatureName[], fn: () => T): T {
  for (const n of names) switchedOff.add(n);
  switches++;
  try {
    return fn();
  } finally {
    for (const n of names) switchedOff.delete(n);
    switches++;
  }
}
