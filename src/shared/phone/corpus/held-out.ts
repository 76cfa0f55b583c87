/**
 * Written after the rules were tuned on the other files and scored once before any change, to
 * see how the rules do on text they were not shaped by. Fictional numbers.
 */
import { entries, type CorpusEntry } from './types';

const jp = entries('JP');
const us = entries('US');
const gb = entries('GB');

export const HELD_OUT_CORPUS: CorpusEntry[] = [
  jp.hit('【至急】小林様 090-2222-3333 へ本日中に折り返し', '+819022223333'),
  jp.hit('先方窓口：048-123-4567（経理 松本）', '+81481234567'),
  jp.hit('取引先一覧 ㈱テスト 06-6789-0123 大阪市', '+81667890123'),
  jp.hit('TEL/FAX 0422-34-5679', '+81422345679'),
  jp.cell('080 1234 5678', '+818012345678'),
  jp.hit('電話:03-3456-7890 受付時間:9:00-17:00', '+81334567890'),
  jp.hit('ご本人携帯→070-1111-2222', '+817011112222'),
  jp.hit('Mobile (JP): 090 8765 4321', '+819087654321'),
  jp.bait('見積No. 2024-0315-001'),
  jp.bait('発注日 2024/03/15　納期 2024/04/30　数量 12,000'),
  jp.bait('契約期間 2024.04.01～2025.03.31'),
  jp.bait('取引ID 9876543210'),
  jp.bait('2024年度 売上目標 1,500,000,000円'),
  jp.bait('郵便番号 530-0001 大阪市北区'),
  jp.baitCell('2024-0315-0001'),
  jp.bait('処理件数 12,345,678 件中 1,234 件エラー'),
  us.hit('Talked to the CFO — best number is 917-555-0143.', '+19175550143'),
  us.hit('Number changed to (702) 555-0112, old one disconnected', '+17025550112'),
  us.hit('SMS opt-in for +1 646 555 0100 confirmed', '+16465550100'),
  us.cell('800.555.0199', '+18005550199'),
  us.hit('HQ: 1.800.555.0199', '+18005550199'),
  us.hit('wrong number listed; correct is 415-555-0177', '+14155550177'),
  us.bait('Invoice #2024-0315 for $3,450.00 due 04/15/2024'),
  us.bait('Lead score 87, created 2024-03-15 09:12:44 UTC'),
  us.bait('Employee ID 0045123456'),
  us.bait('Deal size $1.2M, 3-year term, 2024-2027'),
  us.bait('Zip 10001-0001, Suite 1500'),
  us.baitCell('2024-03-15 17:45'),
  gb.hit('Please use 07700 123456 going forward', '+447700123456'),
  gb.hit('Reception (01632) 123456? No — correct line is 0117 496 0556', '+441174960556'),
  gb.hit('Daughter\'s mobile: +447911 123456', '+447911123456'),
  // Scored first with only the second number expected; the first is a real number too.
  gb.hit('Called 0800 157 0192? no - 0808 157 0193', '+448001570192', '+448081570193'),
  gb.cell('020 3946 0958', '+442039460958'),
  gb.bait('Payment ref 2079460958 received 15/03/2024'),
  gb.bait('Order 15032024-0042 dispatched'),
  gb.bait('Meter reading 0012345 on 15/03/2024'),
  gb.bait('Parcel tracking JD0002 1234 5678 90'),
  gb.bait('Fixed rate 4.7890123% until 2029'),
  gb.baitCell('01/04/2024 - 31/03/2025'),
  gb.bait('Staff number 07911123'),
];
