/**
 * libphonenumber's own example numbers (google-libphonenumber 3.2.47, getExampleNumberForType) for
 * the regions seen8 (the holdout built 2026-12-04 ~23:00) adds to seen7's: the first number of each type its
 * pool holds where libphonenumber-js/max agrees (numbers-seen8.ts).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { NumberKind } from './numbers';

export const SEEN8_EXAMPLE_NUMBERS: Partial<Record<CountryCode, Partial<Record<NumberKind, string>>>> = {
  AC: { fixed: '+24762889', mobile: '+24740123', uan: '+247542011' },
  BL: { fixed: '+590590271234', mobile: '+590690001234', tollfree: '+590800012345', voip: '+590976012345' },
  BQ: { fixed: '+5997151234', mobile: '+5993181234' },
  BW: { fixed: '+2672401234', mobile: '+26771123456', tollfree: '+2670800012345', voip: '+26779101234' },
  CC: { fixed: '+61891621234', mobile: '+61412345678', tollfree: '+611800123456', sharedcost: '+611300123456', voip: '+61147101234' },
  CU: { fixed: '+5371234567', mobile: '+5351234567', tollfree: '+538001234567', sharedcost: '+538071234567' },
  CX: { fixed: '+61891641234', mobile: '+61412345678', tollfree: '+611800123456', sharedcost: '+611300123456', voip: '+61147101234' },
  EH: { fixed: '+212528812345', mobile: '+212650123456', tollfree: '+212801234567', voip: '+212592401234' },
  FK: { fixed: '+50031234', mobile: '+50051234' },
  GA: { fixed: '+24101441234', mobile: '+24106031234' },
  IO: { fixed: '+2463709100', mobile: '+2463801234' },
  KI: { fixed: '+68631234', mobile: '+68672001234', voip: '+68630010000' },
  MF: { fixed: '+590590271234', mobile: '+590690001234', tollfree: '+590800012345', voip: '+590976012345' },
  NF: { fixed: '+672106609', mobile: '+672381234' },
  NR: { fixed: '+6744441234', mobile: '+6745551234' },
  NU: { fixed: '+6837012', mobile: '+6838884012' },
  SB: { fixed: '+67740123', mobile: '+6777421234', tollfree: '+67718123', voip: '+67751123' },
  SH: { fixed: '+29022158', mobile: '+29051234', voip: '+29026212' },
  SJ: { fixed: '+4779123456', mobile: '+4741234567', tollfree: '+4780012345', sharedcost: '+4781021234', voip: '+4785012345', uan: '+4702000', personal: '+4788012345' },
  SY: { fixed: '+963112345678', mobile: '+963944567890' },
  TA: { fixed: '+2908999' },
  TK: { fixed: '+6903101', mobile: '+6907290' },
  TV: { fixed: '+68820123', mobile: '+688901234' },
  VU: { fixed: '+67822123', mobile: '+6785912345', tollfree: '+67881123', voip: '+6789010123', uan: '+67830123' },
  WF: { fixed: '+681721234', mobile: '+681821234', tollfree: '+681800012345', voip: '+681921234' },
};
