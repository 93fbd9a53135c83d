// True and false samples of src/scanners/secrets/rules/iac.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'powershell-plaintext-securestring': {
    match: [`$secure = ConvertTo-SecureString "${fake(ALNUM, 16, 'ps-1')}" -AsPlainText -Force`],
    noMatch: ['$secure = ConvertTo-SecureString $env:ADMIN_PASSWORD -AsPlainText -Force', '$secure = Read-Host -AsSecureString'],
  },
  'terraform-variable-default': {
    path: 'infra/variables.tf',
    match: [
      `variable "db_admin_password" {\n  type        = string\n  description = "Administrator password"\n  default     = "${fake(ALNUM, 16, 'tf-1')}"\n}`,
      `variable "webhook" {\n  type      = string\n  default   = "${fake(ALNUM, 20, 'tf-2')}"\n  sensitive = true\n}`,
    ],
    noMatch: ['variable "region" {\n  type    = string\n  default = "eu-west-1"\n}', 'variable "db_password" {\n  type      = string\n  sensitive = true\n}'],
  },
  'bicep-param-default': {
    path: 'infra/main.bicep',
    match: [`@secure()\nparam sqlAdminLogin string = '${fake(ALNUM, 14, 'bicep-1')}'`, `param administratorLoginPassword string = '${fake(ALNUM, 16, 'bicep-2')}'`],
    noMatch: ["param location string = 'westeurope'", '@secure()\nparam adminPassword string'],
  },
  'cloudformation-noecho-default': {
    path: 'cloudformation/db.yaml',
    match: [
      `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${fake(ALNUM, 16, 'cfn-1')}\n  DBUser:\n    Type: String\n    Default: admin\n`,
      `{"Parameters": {"MasterUserPassword": {"Type": "String", "NoEcho": "true", "Default": "${fake(ALNUM, 16, 'cfn-2')}"}}}`,
    ],
    noMatch: ['Parameters:\n  Env:\n    Type: String\n    Default: production\n  Pw:\n    Type: String\n    NoEcho: true\n'],
  },
  'xml-secret-element': {
    path: 'settings.xml',
    match: [`<server>\n  <id>corp-releases</id>\n  <username>deploy</username>\n  <password>${fake(ALNUM, 16, 'xml-1')}</password>\n</server>`],
    noMatch: ['<password>${env.MAVEN_PASSWORD}</password>', '<password>{COQLCE6DU6GtcS5P=}</password>', '<label>Password</label>'],
  },
  'xml-key-value-secret': {
    path: 'web.config',
    match: [`<appSettings>\n  <add key="PaymentApiKey" value="${fake(ALNUM, 32, 'xmlkv-1')}" />\n</appSettings>`, `<packageSourceCredentials><corp><add key="ClearTextPassword" value="${fake(ALNUM, 20, 'xmlkv-2')}" /></corp></packageSourceCredentials>`],
    noMatch: ['<add key="ApiBaseUrl" value="https://api.corp.internal" />', '<add key="ApiKey" value="#{ApiKey}" />'],
  },
};
