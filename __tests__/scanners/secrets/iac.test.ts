// Infrastructure as code and XML configuration.
import { ALNUM, fake } from './fake.js';
import { hits } from './helpers.js';

const pw = (seed: string): string => `${fake(ALNUM, 12, seed)}#7`;

describe('infrastructure as code', () => {
  it('Terraform: a sensitive variable default and a literal resource password', () => {
    const text = [
      'variable "db_password" {',
      '  type        = string',
      '  description = "RDS master password"',
      `  default     = "${pw('iac-1')}"`,
      '}',
      '',
      'resource "aws_db_instance" "main" {',
      '  engine   = "postgres"',
      '  username = "app"',
      `  password = "${pw('iac-2')}"`,
      '}',
      '',
      'variable "region" {',
      '  default = "eu-west-1"',
      '}',
    ].join('\n');
    expect(hits(text, 'infra/db.tf')).toEqual([
      ['terraform-variable-default', 4],
      ['generic-secret-assignment', 10],
    ]);
  });

  it('Bicep: a secure parameter default', () => {
    const text = `@secure()\nparam sqlAdministratorLoginPassword string = '${pw('iac-3')}'\nparam location string = resourceGroup().location\n`;
    expect(hits(text, 'infra/sql.bicep')).toEqual([['bicep-param-default', 2]]);
  });

  it('CloudFormation: a NoEcho parameter default (YAML and JSON)', () => {
    const yaml = `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${pw('iac-4')}\n  Env:\n    Type: String\n    Default: production\n`;
    expect(hits(yaml, 'cfn/db.yaml')).toEqual([['cloudformation-noecho-default', 5]]);
    const json = `{\n  "Parameters": {\n    "MasterPassword": {\n      "Type": "String",\n      "NoEcho": "true",\n      "Default": "${pw('iac-5')}"\n    }\n  }\n}\n`;
    expect(hits(json, 'cfn/db.json')).toEqual([['cloudformation-noecho-default', 6]]);
  });

  it('XML configuration: Maven settings and .NET appSettings', () => {
    const maven = `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deploy</username>\n      <password>${pw('iac-6')}</password>\n    </server>\n  </servers>\n</settings>\n`;
    expect(hits(maven, '.m2/settings.xml')).toEqual([['xml-secret-element', 6]]);
    const web = `<configuration>\n  <appSettings>\n    <add key="ApiBaseUrl" value="https://api.acme.io" />\n    <add key="SigningSecret" value="${fake(ALNUM, 32, 'iac-7')}" />\n  </appSettings>\n</configuration>\n`;
    expect(hits(web, 'web.config')).toEqual([['xml-key-value-secret', 4]]);
  });

  it('PowerShell plain-text SecureString', () => {
    const text = `$pw = ConvertTo-SecureString "${pw('iac-8')}" -AsPlainText -Force\nNew-LocalUser -Name svc -Password $pw\n`;
    expect(hits(text, 'scripts/provision.ps1')).toEqual([['powershell-plaintext-securestring', 1]]);
  });

  it('references to secret stores are quiet', () => {
    const text = [
      'resource "aws_db_instance" "main" {',
      '  password = data.aws_secretsmanager_secret_version.db.secret_string',
      '}',
      'variable "api_token" {',
      '  type      = string',
      '  sensitive = true',
      '}',
    ].join('\n');
    expect(hits(text, 'infra/main.tf')).toEqual([]);
  });
});
