// Jenkins secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/jenkins.samples.ts.
import { defineRule, type SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const JENKINS_RULES: SecretRule[] = [
  keywordAssigned('jenkins-api-token', 'Jenkins API token', 'high', { family: 'ci-cd', keywords: ['jenkins'], credential: ['token', 'api[_.-]?key', 'password'], value: '11[a-f0-9]{32}|[a-f0-9]{32}' }),
  defineRule({
    // One-off: an XML element of a Jenkins credentials or job file. Jenkins serialises a
    // `hudson.util.Secret` as `{base64}` (payload version 1 starts `AQAAABAAAA`: version byte 1, a
    // 16-byte IV length), decryptable with the controller's master key; credentials.xml holds them in
    // `<secret>`, `<password>`, `<passphrase>`, `<privateKey>` of the credentials plugin's classes.
    id: 'jenkins-credentials-secret',
    family: 'ci-cd',
    description: 'Jenkins credentials secret (a serialised hudson.util.Secret)',
    severity: 'high',
    keywords: ['aqaaabaaa', 'cloudbees.plugins.credentials'],
    pattern: /<(?:secret|password|passphrase|privateKey|secretBytes|apiToken|token)>[ \t\r\n]{0,20}\{([^{}<>\r\n]{16,1000})\}[ \t\r\n]{0,20}<\//,
    minEntropy: 3,
    specificity: 2,
  }),
];
