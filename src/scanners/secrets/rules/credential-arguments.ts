// Passwords passed as arguments rather than assigned: .NET credential constructors, Gradle's
// `password 'x'` DSL, command lines (`psexec -p`, `mysql -pX`, PowerShell `-Password X`) and
// prose that states a password (`the default password is "x"`).
import { UNTYPED_PATH } from '../files.js';
import { acceptGenericValue } from '../generic.js';
import { ALNUM, fake } from '../fake.js';
import { defineRule, type SecretRule } from '../rule.js';

/** Judged as a literal assigned to a password: placeholders, references and made-up values stay quiet. */
const passwordLiteral = (secret: string): boolean => acceptGenericValue('password', 'strong', secret);


export const CREDENTIAL_ARGUMENT_RULES: SecretRule[] = [
  defineRule({
    id: 'dotnet-credential-constructor',
    family: 'generic',
    description: 'Password literal passed to a .NET credential constructor',
    severity: 'high',
    keywords: ['networkcredential', 'directoryentry'],
    // `new NetworkCredential("user", "pass")`, `new DirectoryEntry("LDAP://...", "user", "pass")`.
    pattern:
      /(?:NetworkCredential[ \t]{0,5}\([ \t]{0,5}"[^"\r\n]{0,200}"[ \t]{0,5},\s{0,40}|DirectoryEntry[ \t]{0,5}\([ \t]{0,5}"[^"\r\n]{0,300}"[ \t]{0,5},\s{0,40}"[^"\r\n]{0,200}"[ \t]{0,5},\s{0,40})"([^"\r\n]{1,200})"/,
    validate: passwordLiteral,
    examples: {
      match: [
        `sender.Credentials = new NetworkCredential("builds@acme.io", "${fake(ALNUM, 16, 'netcred-1')}");`,
        `var entry = new DirectoryEntry("LDAP://dc1.corp.local",\n    "CORP\\\\svc-sync",\n    "${fake(ALNUM, 12, 'netcred-2')}!");`,
      ],
      noMatch: ['new NetworkCredential("user", password)', 'new NetworkCredential("builds@acme.io", "")', 'new NetworkCredential(user, "<password>")'],
    },
  }),
  defineRule({
    id: 'gradle-credentials-password',
    family: 'generic',
    description: 'Password literal in a Gradle credentials block',
    severity: 'high',
    keywords: ['password'],
    paths: new RegExp(String.raw`\.gradle$|` + UNTYPED_PATH),
    examplePath: 'build.gradle',
    // Groovy DSL: `password 'x'` / `password "x"`, without `=`.
    pattern: /(?:^|[\s{;])password[ \t]{1,10}(["'])([^"'\r\n]{1,200})\1/,
    secretGroup: 2,
    validate: passwordLiteral,
    examples: {
      match: [`repositories {\n  maven {\n    credentials {\n      username 'deploy'\n      password '${fake(ALNUM, 18, 'gradle-1')}'\n    }\n  }\n}`],
      noMatch: ["credentials {\n  username 'user'\n  password 'password'\n}", 'credentials {\n  password "$System.env.MAVEN_PASSWORD"\n}', 'credentials {\n  password findProperty("mavenPassword")\n}'],
    },
  }),
  defineRule({
    id: 'command-line-password',
    family: 'generic',
    description: 'Password on a command line',
    severity: 'high',
    keywords: ['psexec', 'mysql', '-password', '-pwd'],
    // `psexec \\host -u admin -p X`, `mysql -u root -pX` (no space: a space makes mysql prompt),
    // PowerShell's `-Password X`. The value ends at a blank or a quote.
    pattern:
      /(?:psexec(?:\.exe)?[ \t][^\r\n]{0,300}?[ \t]-p[ \t]{1,5}|mysql(?:dump|admin)?[ \t][^\r\n]{0,200}?[ \t]-p|[ \t(]-(?:Password|Pwd)[ \t]{1,5})(["']?)([^\s"'`<>|;]{3,200})\1/i,
    secretGroup: 2,
    validate: (secret) => !secret.startsWith('-') && passwordLiteral(secret),
    examples: {
      match: [
        `psexec \\\\10.0.94.120 -u Administrator -p ${fake(ALNUM, 10, 'cli-1')}! cmd /c whoami`,
        `mysqldump -h db -u backup -p${fake(ALNUM, 14, 'cli-2')} shop > shop.sql`,
        `Connect-VIServer -Server 192.168.1.51 -User administrator@vsphere.local -Password ${fake(ALNUM, 9, 'cli-3')}1!`,
      ],
      noMatch: ['mysql -u root -p shop', 'psexec \\\\host -u User -p $Password -i calc.exe', 'Connect-VIServer $h -user $u -password $pass', 'mysql -u root -p"$MYSQL_PWD"'],
    },
  }),
  defineRule({
    id: 'password-in-prose',
    family: 'generic',
    description: 'Password stated in text',
    severity: 'medium',
    keywords: ['password is', 'password was', 'passphrase is'],
    // `The default password is 'blooberry'`: quoted, one word.
    pattern: /(?:password|passphrase)[ \t]{1,3}(?:is|was)[ \t]{1,3}(["'`])([^"'`\s]{4,64})\1/i,
    secretGroup: 2,
    validate: passwordLiteral,
    examples: {
      match: [`The Blooby access point's default password is '${fake(ALNUM, 10, 'prose-1')}'`],
      noMatch: ["The default password is 'changeme'", 'the password is "<your password>"', 'if the password is "" the prompt repeats'],
    },
  }),
];
