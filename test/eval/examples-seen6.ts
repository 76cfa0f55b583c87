/**
 * libphonenumber's own example numbers for the regions seen6 (the holdout built 2026-12-04 ~20:00) adds to
 * seen5's 128 (one per region and number type: PhoneNumberMetadata.xml's exampleNumber, read with
 * google-libphonenumber 3.2.47's getExampleNumberForType on 2026-12-04 and written down here, as
 * examples.ts and examples-world.ts are). seen6's pool (numbers-seen6.ts) takes each one
 * libphonenumber-js's max metadata also calls valid, of its region and of its type (a territory
 * sharing a calling code is given some of its neighbour's examples: those are left out there).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { NumberKind } from './numbers';

export const SEEN6_EXAMPLE_NUMBERS: Readonly<Partial<Record<CountryCode, Partial<Record<NumberKind, string>>>>> = {
  BB: { fixed: '+12464123456', mobile: '+12462501234', tollfree: '+18002123456', voip: '+12463101234', uan: '+12464301234', personal: '+15002345678' },
  AG: { fixed: '+12684601234', mobile: '+12684641234', tollfree: '+18002123456', voip: '+12684801234', personal: '+15002345678' },
  LC: { fixed: '+17584305678', mobile: '+17582845678', tollfree: '+18002123456', personal: '+15002345678' },
  KY: { fixed: '+13452221234', mobile: '+13453231234', tollfree: '+18002345678', personal: '+15002345678' },
  BM: { fixed: '+14414123456', mobile: '+14413701234', tollfree: '+18002123456', personal: '+15002345678' },
  GU: { fixed: '+16713001234', mobile: '+16713001234', tollfree: '+18002123456', personal: '+15002345678' },
  VI: { fixed: '+13406421234', mobile: '+13406421234', tollfree: '+18002345678', personal: '+15002345678' },
  TC: { fixed: '+16497121234', mobile: '+16492311234', tollfree: '+18002345678', voip: '+16497101234', personal: '+15002345678' },
  SX: { fixed: '+17215425678', mobile: '+17215205678', tollfree: '+18002123456', personal: '+15002345678' },
  JE: { fixed: '+441534456789', mobile: '+447797712345', tollfree: '+448007354567', voip: '+445612345678', uan: '+445512345678', personal: '+447015115678' },
  GG: { fixed: '+441481256789', mobile: '+447781123456', tollfree: '+448001234567', voip: '+445612345678', uan: '+445512345678', personal: '+447012345678' },
  IM: { fixed: '+441624756789', mobile: '+447924123456', tollfree: '+448081624567', voip: '+445612345678', uan: '+445512345678', personal: '+447012345678' },
  FO: { fixed: '+298201234', mobile: '+298211234', tollfree: '+298802123', voip: '+298601234' },
  GL: { fixed: '+299321000', mobile: '+299221234', tollfree: '+299801234', voip: '+299381234' },
  SM: { fixed: '+3780549886377', mobile: '+37866661212', voip: '+37858001110' },
  XK: { fixed: '+38328012345', mobile: '+38343201234', tollfree: '+38380001234' },
  AO: { fixed: '+244222123456', mobile: '+244923123456' },
  MZ: { fixed: '+25821123456', mobile: '+258821234567', tollfree: '+258800123456' },
  NA: { fixed: '+26461221234', mobile: '+264811234567', tollfree: '+264800123456', voip: '+26488612345' },
  MW: { fixed: '+2651234567', mobile: '+265991234567' },
  MG: { fixed: '+261202123456', mobile: '+261321234567', voip: '+261221234567' },
  BJ: { fixed: '+2290120211234', mobile: '+2290195123456', voip: '+22985751234', uan: '+22981123456' },
  ML: { fixed: '+22320212345', mobile: '+22365012345', tollfree: '+22380012345' },
  NE: { fixed: '+22720201234', mobile: '+22793123456', tollfree: '+22708123456' },
  TG: { fixed: '+22822212345', mobile: '+22890112345' },
  CD: { fixed: '+2431234567', mobile: '+243991234567' },
  CG: { fixed: '+242222123456', mobile: '+242061234567' },
  GN: { fixed: '+22430241234', mobile: '+224601123456', voip: '+224722123456' },
  SL: { fixed: '+23222221234', mobile: '+23225123456' },
  LR: { fixed: '+23121234567', mobile: '+231770123456' },
  GM: { fixed: '+2205661234', mobile: '+2203012345' },
  CV: { fixed: '+2382211234', mobile: '+2389911234', tollfree: '+2388001234', voip: '+2383401234' },
  SC: { fixed: '+2484217123', mobile: '+2482510123', tollfree: '+2488000000', voip: '+2486412345' },
  KG: { fixed: '+996312123456', mobile: '+996700123456', tollfree: '+996800123456' },
  TJ: { fixed: '+992372123456', mobile: '+992917123456' },
  AF: { fixed: '+93234567890', mobile: '+93701234567' },
  BT: { fixed: '+9752345678', mobile: '+97517123456' },
  PS: { fixed: '+97022234567', mobile: '+970599123456', tollfree: '+9701800123456', sharedcost: '+9701700123456' },
  YE: { fixed: '+9671234567', mobile: '+967712345678' },
  PG: { fixed: '+6753123456', mobile: '+67570123456', tollfree: '+6751801234', voip: '+6752751234' },
  NC: { fixed: '+687201234', mobile: '+687751234', tollfree: '+687050012' },
  PF: { fixed: '+68940412345', mobile: '+68987123456', tollfree: '+689800012345', voip: '+68949901234', uan: '+689440123' },
  HT: { fixed: '+50922453300', mobile: '+50934101234', tollfree: '+50980012345', voip: '+50998901234' },
  GY: { fixed: '+5922201234', mobile: '+5926091234', tollfree: '+5922891234', voip: '+5925151234' },
  SR: { fixed: '+597211234', mobile: '+5977412345', tollfree: '+5978012345', voip: '+597561234' },
  BZ: { fixed: '+5012221234', mobile: '+5016221234', tollfree: '+50108001234123' },
  GP: { fixed: '+590590201234', mobile: '+590690001234', tollfree: '+590800012345', voip: '+590976012345' },
  MQ: { fixed: '+596596301234', mobile: '+596696201234', tollfree: '+596800012345', voip: '+596976612345' },
  AW: { fixed: '+2975212345', mobile: '+2975601234', tollfree: '+2978001234', voip: '+2975011234' },
  CW: { fixed: '+59994351234', mobile: '+59995181234', sharedcost: '+5996001234' },
  RE: { fixed: '+262262161234', mobile: '+262692123456', tollfree: '+262801234567', sharedcost: '+262810123456', voip: '+262939901234' },
};
