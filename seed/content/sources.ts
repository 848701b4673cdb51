import type { Source } from './types'

/**
 * The seed documents the curriculum's facts come from, named the same way in every lesson.
 * A publisher is named only where the seeds name it: 000 carries the Peer Recovery Center of Excellence's
 * name; 001 is the "Peer Support" sheet of SAMHSA's Value of Peers, 2017 (000 gives its samhsa.gov/brss_tacs
 * address and 003, a SAMHSA page, lists it); 003 is SAMHSA's BRSS TACS page. 002 and 004 are web pages that
 * name no publisher, so they are cited by title only. The source list is not localized, hence both languages.
 */

const PUBLISHER_NOT_GIVEN = 'Publisher not given in the source · la fuente no indica el editor'

export const SRC_PRCOE: Source = {
  title: 'Peer Recovery Support Services: Impact, Certification and Recommended Resources',
  publisher: 'Peer Recovery Center of Excellence (PR CoE)',
  seed: '000_75bd71ecabbaa8c2.txt',
}

export const SRC_VALUE_OF_PEERS: Source = {
  title: 'Value of Peers, 2017: Peer Support',
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA), BRSS TACS',
  seed: '001_2b3b9273695d0cb3.txt',
  // The address 000 prints for the Value of Peers, 2017; no other seed file gives its own address.
  url: 'https://www.samhsa.gov/sites/default/files/programs_campaigns/brss_tacs/value-of-peers-2017.pdf',
}

export const SRC_PEER_SPECIALIST_PAGE: Source = {
  title: 'Peer Support Specialist (web page)',
  publisher: PUBLISHER_NOT_GIVEN,
  seed: '002_1b3b0a45b4a871bd.txt',
}

export const SRC_SAMHSA_PEER_WORKERS: Source = {
  title: 'Who Are Peer Workers?',
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA), BRSS TACS',
  seed: '003_7ee8c07940fc5127.txt',
}

export const SRC_PEER_SUPPORT_PAGE: Source = {
  title: 'Peer Support (web page)',
  publisher: PUBLISHER_NOT_GIVEN,
  seed: '004_8dbdcbcd163f887a.txt',
}

/** Every source, for tests that check the curriculum against the seed files. */
export const SOURCES: readonly Source[] = [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE]
