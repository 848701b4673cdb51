import type { Source } from './types'

/** The seed documents the curriculum's facts come from, named the same way in every lesson. */

export const SRC_PRCOE: Source = {
  title: 'Peer Recovery Support Services: Impact, Certification and Recommended Resources',
  publisher: 'Peer Recovery Center of Excellence (PR CoE)',
  seed: '000_75bd71ecabbaa8c2.txt',
}

export const SRC_VALUE_OF_PEERS: Source = {
  title: 'Value of Peers, 2017',
  publisher: 'SAMHSA BRSS TACS',
  seed: '001_2b3b9273695d0cb3.txt',
}

export const SRC_MHA: Source = {
  title: 'Peer Support Specialist',
  publisher: 'Mental Health America',
  seed: '002_1b3b0a45b4a871bd.txt',
}

export const SRC_SAMHSA_PEER_WORKERS: Source = {
  title: 'Who Are Peer Workers?',
  publisher: 'SAMHSA BRSS TACS',
  seed: '003_7ee8c07940fc5127.txt',
}

export const SRC_DBHIDS: Source = {
  title: 'Peer Support',
  publisher: 'Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS)',
  seed: '004_8dbdcbcd163f887a.txt',
}
