/**
 * libphonenumber's own example numbers for the regions seen5 (the holdout rebuilt ~17:50) added to
 * seen4's 81 (one per region and number type: PhoneNumberMetadata.xml's exampleNumber, read with
 * google-libphonenumber 3.2.47's getExampleNumberForType on 2026-12-04 and written down here, as
 * examples.ts is). seen5's pool (numbers-world.ts) takes each one libphonenumber-js's max metadata
 * also calls valid and of its type.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { NumberKind } from './numbers';

export const WORLD_EXAMPLE_NUMBERS: Readonly<Partial<Record<CountryCode, Partial<Record<NumberKind, string>>>>> = {
  VE: { fixed: '+582121234567', mobile: '+584121234567', tollfree: '+588001234567', uan: '+585010123456' },
  BO: { fixed: '+59122123456', mobile: '+59171234567', tollfree: '+591800171234', voip: '+59150123456' },
  PY: { fixed: '+595212345678', mobile: '+595961456789', tollfree: '+59598000123456', voip: '+595870012345', uan: '+595201234567' },
  GT: { fixed: '+50222456789', mobile: '+50251234567', tollfree: '+50218001112222' },
  HN: { fixed: '+50422123456', mobile: '+50491234567', tollfree: '+50480021234567' },
  SV: { fixed: '+50321234567', mobile: '+50370123456', tollfree: '+5038001234' },
  NI: { fixed: '+50521234567', mobile: '+50581234567', tollfree: '+50518001234' },
  JM: { fixed: '+18765230123', mobile: '+18762101234', tollfree: '+18002123456', personal: '+15002345678' },
  TT: { fixed: '+18682211234', mobile: '+18682911234', tollfree: '+18002345678', personal: '+15002345678' },
  BS: { fixed: '+12423456789', mobile: '+12423591234', tollfree: '+18002123456', uan: '+12422250123', personal: '+15002345678' },
  KZ: { fixed: '+77123456789', mobile: '+77710009998', tollfree: '+78001234567', voip: '+77511234567', personal: '+78081234567' },
  UZ: { fixed: '+998669050123', mobile: '+998912345678' },
  GE: { fixed: '+995322123456', mobile: '+995555123456', tollfree: '+995800123456', voip: '+995706123456' },
  AM: { fixed: '+37410123456', mobile: '+37477123456', tollfree: '+37480012345', sharedcost: '+37480112345', voip: '+37460271234' },
  AZ: { fixed: '+994123123456', mobile: '+994401234567', tollfree: '+994881234567' },
  BY: { fixed: '+375152450911', mobile: '+375294911911', tollfree: '+3758011234567', voip: '+375249123456' },
  MD: { fixed: '+37322212345', mobile: '+37362112345', tollfree: '+37380012345', sharedcost: '+37380812345', voip: '+37330123456', uan: '+37380312345' },
  AL: { fixed: '+35522345678', mobile: '+355672123456', tollfree: '+3558001234', sharedcost: '+355808123', personal: '+35570021234' },
  MK: { fixed: '+38922012345', mobile: '+38972345678', tollfree: '+38980012345', sharedcost: '+38980123456' },
  BA: { fixed: '+38730212345', mobile: '+38761123456', tollfree: '+38780123456', sharedcost: '+38782123456', uan: '+38770341234' },
  ME: { fixed: '+38230234567', mobile: '+38260123456', tollfree: '+38280080002', voip: '+38278108780', uan: '+38277273012' },
  LB: { fixed: '+9611123456', mobile: '+96171123456', sharedcost: '+96180123456' },
  IQ: { fixed: '+96412345678', mobile: '+9647912345678' },
  OM: { fixed: '+96823123456', mobile: '+96892123456', tollfree: '+96880071234' },
  BH: { fixed: '+97317001234', mobile: '+97336001234', tollfree: '+97380123456', sharedcost: '+97384123456' },
  TN: { fixed: '+21630010123', mobile: '+21620123456', tollfree: '+21680101234', sharedcost: '+21681101234' },
  DZ: { fixed: '+21312345678', mobile: '+213551234567', tollfree: '+213800123456', sharedcost: '+213801123456', voip: '+213983123456' },
  TZ: { fixed: '+255222345678', mobile: '+255621234567', tollfree: '+255800123456', sharedcost: '+255840123456', voip: '+255412345678' },
  UG: { fixed: '+256312345678', mobile: '+256712345678', tollfree: '+256800123456' },
  RW: { fixed: '+250250123456', mobile: '+250720123456', tollfree: '+250800123456' },
  ET: { fixed: '+251111112345', mobile: '+251911234567' },
  SN: { fixed: '+221301012345', mobile: '+221701234567', tollfree: '+221800123456', sharedcost: '+221810123456', voip: '+221933301234' },
  CI: { fixed: '+2252123456789', mobile: '+2250123456789' },
  CM: { fixed: '+237222123456', mobile: '+237671234567', tollfree: '+23788012345' },
  ZM: { fixed: '+260211234567', mobile: '+260955123456', tollfree: '+260800123456', voip: '+260630123456' },
  ZW: { fixed: '+2631312345', mobile: '+263712345678', tollfree: '+2638001234', voip: '+2638686123456' },
  MU: { fixed: '+23054480123', mobile: '+23052512345', tollfree: '+2308001234', voip: '+2303201234' },
  MM: { fixed: '+951234567', mobile: '+9592123456', tollfree: '+958008001234', voip: '+9513331234' },
  LA: { fixed: '+85621212862', mobile: '+8562023123456' },
  MN: { fixed: '+97653123456', mobile: '+97688123456', voip: '+97675123456' },
  BN: { fixed: '+6732345678', mobile: '+6737123456', voip: '+6735345678' },
  FJ: { fixed: '+6793212345', mobile: '+6797012345', tollfree: '+67908001234567' },
  AD: { fixed: '+376712345', mobile: '+376312345', tollfree: '+37618001234' },
  MC: { fixed: '+37799123456', mobile: '+377612345678', tollfree: '+37790123456' },
  LI: { fixed: '+4232345678', mobile: '+423660234567', tollfree: '+4238002222', uan: '+4238702812' },
  GI: { fixed: '+35020012345', mobile: '+35057123456' },
  MV: { fixed: '+9606701234', mobile: '+9607712345', tollfree: '+9608001234567', uan: '+9604001234' },
};
