// Passwords passed as arguments: credential constructors, Gradle DSL, command lines, prose.
import { ALNUM, fake } from './fake.js';
import { hits } from './helpers.js';

describe('passwords passed as arguments', () => {
  it('a .NET mailer and an LDAP sync job', () => {
    const cs = [
      'var client = new SmtpClient("smtp.acme.io", 587);',
      `client.Credentials = new NetworkCredential("builds@acme.io", "${fake(ALNUM, 16, 'arg-1')}");`,
      'var fromConfig = new NetworkCredential(cfg.User, cfg.Password);',
      'var entry = new DirectoryEntry("LDAP://dc1.corp.local",',
      '    "CORP\\\\svc-sync",',
      `    "${fake(ALNUM, 12, 'arg-2')}#1");`,
    ].join('\n');
    expect(hits(cs, 'src/Mailer.cs')).toEqual([
      ['dotnet-credential-constructor', 2],
      ['dotnet-credential-constructor', 6],
    ]);
  });

  it('a Gradle publishing block, with the usual environment lookup quiet', () => {
    const gradle = [
      'publishing {',
      '  repositories {',
      '    maven {',
      '      url "https://nexus.acme.io/repository/releases"',
      '      credentials {',
      "        username 'deploy'",
      `        password '${fake(ALNUM, 20, 'arg-3')}'`,
      '      }',
      '    }',
      '    maven {',
      '      credentials { password System.getenv("NEXUS_PASSWORD") }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(hits(gradle, 'build.gradle')).toEqual([['gradle-credentials-password', 7]]);
  });

  it('command lines: psexec, mysql and PowerShell; prompts and variables are quiet', () => {
    const script = [
      `psexec \\\\192.168.3.77 -u Administrator -p ${fake(ALNUM, 8, 'arg-4')}9 shutdown -r -f -t 0`,
      'mysql -u root -p shop < dump.sql',
      `mysql -h db -u app -p${fake(ALNUM, 12, 'arg-5')} shop`,
      `Connect-VIServer -Server vc.lab.local -User administrator@vsphere.local -Password ${fake(ALNUM, 10, 'arg-6')}1!`,
      'Connect-VIServer "$endpoint" -User "$username" -Password "$password" | Out-Null',
      'mkdir -p /var/lib/app',
    ].join('\n');
    expect(hits(script, 'ops/restart.ps1')).toEqual([
      ['command-line-password', 1],
      ['command-line-password', 3],
      ['command-line-password', 4],
    ]);
  });

  it('a README that states a default password', () => {
    const readme = `The access point is called 'Blooby'.\nIts default password is '${fake(ALNUM, 9, 'arg-7')}'.\nIf the password is "changeme", change it.\n`;
    expect(hits(readme, 'README.md')).toEqual([['password-in-prose', 2]]);
  });
});
