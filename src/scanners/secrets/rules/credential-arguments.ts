// Passwords passed as arguments rather than assigned: .NET credential constructors, Gradle's
// `password 'x'` DSL, command lines (`psexec -p`, `mysql -pX`, PowerShell `-Password X`) and
// prose that states a password (`the default password is "x"`).
// One-offs by nature: each rule knows one call or command syntax, so each is a `defineRule` of its
// own rather than a builder's.
import { UNTYPED_PATH } from '../files.js';
import { acceptGenericValue } from '../generic.js';
import { defineRule, type SecretRule } from '../rule.js';

/** Judged as a literal assigned to a password: placeholders, references and made-up values stay quiet. */
const passwordLiteral = (secret: string): boolean => acceptGenericValue('password', 'strong', secret);

export const CREDENTIAL_ARGUMENTS_RULES: SecretRule[] = [
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
  }),
  defineRule({
    id: 'gradle-credentials-password',
    family: 'generic',
    description: 'Password literal in a Gradle credentials block',
    severity: 'high',
    keywords: ['password'],
    paths: new RegExp(String.raw`\.gradle$|` + UNTYPED_PATH),
    // Groovy DSL: `password 'x'` / `password "x"`, without `=`.
    pattern: /(?:^|[\s{;])password[ \t]{1,10}(["'])([^"'\r\n]{1,200})\1/,
    secretGroup: 2,
    validate: passwordLiteral,
  }),
  defineRule({
    id: 'command-line-password',
    family: 'generic',
    description: 'Password on a command line',
    severity: 'high',
    keywords: ['psexec', 'mysql', '-password', '-pwd'],
    // Every match starts at `psexec` or `mysql`, or one character (the blank or parenthesis) before
    // `-password` / `-pwd`: tried at those offsets only instead of at every blank of the file.
    anchored: true,
    anchorBack: 1,
    // `psexec \\host -u admin -p X`, `mysql -u root -pX` (no space: a space makes mysql prompt),
    // PowerShell's `-Password X`. The value ends at a blank or a quote.
    pattern:
      /(?:psexec(?:\.exe)?[ \t][^\r\n]{0,300}?[ \t]-p[ \t]{1,5}|mysql(?:dump|admin)?[ \t][^\r\n]{0,200}?[ \t]-p|[ \t(]-(?:Password|Pwd)[ \t]{1,5})(["']?)([^\s"'`<>|;]{3,200})\1/i,
    secretGroup: 2,
    validate: (secret) => !secret.startsWith('-') && passwordLiteral(secret),
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
  }),
];
