// True and false samples of src/scanners/secrets/rules/credential-arguments.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'dotnet-credential-constructor': {
    match: [
      `sender.Credentials = new NetworkCredential("builds@acme.io", "${fake(ALNUM, 16, 'netcred-1')}");`,
      `var entry = new DirectoryEntry("LDAP://dc1.corp.local",\n    "CORP\\\\svc-sync",\n    "${fake(ALNUM, 12, 'netcred-2')}!");`,
    ],
    noMatch: ['new NetworkCredential("user", password)', 'new NetworkCredential("builds@acme.io", "")', 'new NetworkCredential(user, "<password>")'],
  },
  'gradle-credentials-password': {
    path: 'build.gradle',
    match: [`repositories {\n  maven {\n    credentials {\n      username 'deploy'\n      password '${fake(ALNUM, 18, 'gradle-1')}'\n    }\n  }\n}`],
    noMatch: ["credentials {\n  username 'user'\n  password 'password'\n}", 'credentials {\n  password "$System.env.MAVEN_PASSWORD"\n}', 'credentials {\n  password findProperty("mavenPassword")\n}'],
  },
  'command-line-password': {
    match: [
      `psexec \\\\10.0.94.120 -u Administrator -p ${fake(ALNUM, 10, 'cli-1')}! cmd /c whoami`,
      `mysqldump -h db -u backup -p${fake(ALNUM, 14, 'cli-2')} shop > shop.sql`,
      `Connect-VIServer -Server 192.168.1.51 -User administrator@vsphere.local -Password ${fake(ALNUM, 9, 'cli-3')}1!`,
    ],
    noMatch: ['mysql -u root -p shop', 'psexec \\\\host -u User -p $Password -i calc.exe', 'Connect-VIServer $h -user $u -password $pass', 'mysql -u root -p"$MYSQL_PWD"'],
  },
  'password-in-prose': {
    match: [`The Blooby access point's default password is '${fake(ALNUM, 10, 'prose-1')}'`],
    noMatch: ["The default password is 'changeme'", 'the password is "<your password>"', 'if the password is "" the prompt repeats'],
  },
};
