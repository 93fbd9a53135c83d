// True and false samples of src/scanners/secrets/rules/jenkins.ts, built when the tests run.
import { B64, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

// The v1 payload mark of a serialised hudson.util.Secret, then an encrypted body.
const payload = (seed: string): string => `{${'AQAAABAAAA'}${fake(B64, 54, seed)}=}`;
const credentials = (element: string, value: string): string =>
  `<com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>deploy</id>\n  <${element}>${value}</${element}>\n</com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>`;

export const SAMPLES: RuleSamples = {
  'jenkins-api-token': {
    match: [`JENKINS_API_TOKEN=11${fake(HEX, 32, 'jenkins-1')}`],
    noMatch: ['JENKINS_URL=https://ci.corp'],
  },
  'jenkins-credentials-secret': {
    match: [credentials('secret', payload('jenkins-2')), `<hudson.plugins.git.UserRemoteConfig>\n<password>${payload('jenkins-3')}</password>`],
    noMatch: [
      credentials('secret', '${JENKINS_SECRET}'),
      credentials('secret', '{{ .Values.jenkins.secret }}'),
      credentials('description', payload('jenkins-4')),
      `password: ${payload('jenkins-5')}`,
    ],
    files: [
      {
        name: 'a Jenkins credentials.xml',
        path: 'jenkins/credentials.xml',
        text: `<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@2.6">\n  <domainCredentialsMap>\n    <entry>\n      <java.util.concurrent.CopyOnWriteArrayList>\n        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <id>nexus</id>\n          <username>deployer</username>\n          <password>${payload('jenkins-6')}</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n`,
        findings: [['jenkins-credentials-secret', 9]],
      },
    ],
  },
};
