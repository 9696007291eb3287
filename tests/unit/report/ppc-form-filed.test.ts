// Reading a filed report back for the PPC form helper: the answers stored with it win (what was filed, word for
// word); a snapshot without them is read through the form built from its frozen record, never today's.
import { describe, expect, it } from 'vitest';
import { FILED_REPORT_VERSION, type FiledReport } from '../../../shared/domain/incident-filed';
import { buildPpcForm, formFields } from '../../../shared/report/ppc-form';
import { filedAnswersOf, filedForm, preliminaryAnswersFor } from '../../../shared/report/ppc-form-filed';
import { bareCompany, bareIncident } from './ppc-form-fixtures';

function report(answers: FiledReport['answers']): FiledReport {
  const incident = bareIncident({ reportCause: '委託先のサーバー設定の誤り', medium: 'paper', secondaryDamage: 'no' });
  return {
    version: FILED_REPORT_VERSION,
    stage: 'preliminary',
    notificationId: 5,
    sentAt: '2027-02-05T10:20:00+09:00',
    documentDate: '2027-02-05',
    frozenAt: '2027-02-05T01:21:00.000Z',
    reporter: { ...bareCompany(), corporateNumber: '', industry: '', contactDepartment: '', contactTitle: '', contactName: '' },
    incident: {
      ...incident,
      id: 3,
      title: '紙の申込書の紛失',
      reportable: 'yes',
      triggers: [...incident.triggers],
      discoveredBy: '',
      medium: 'paper',
      weHaveEntrustee: false,
      entrusteeName: '',
      secondaryDamage: 'no',
      individualsResponse: '',
      publication: '',
    },
    notifications: [],
    answers,
    preliminary: null,
  };
}

describe('a filed report read back', () => {
  it('takes the answers stored with it, ignoring keys it does not know', () => {
    const stored = { cause: { status: 'given' as const, value: { ja: '当時の記載', en: 'As filed' } }, notAField: { status: 'given' as const, value: { ja: 'x', en: 'x' } } };
    expect(filedAnswersOf(report(stored))).toEqual({ cause: stored.cause });
  });

  it('builds the answers from the frozen record when none were stored', () => {
    const answers = filedAnswersOf(report({}));
    expect(answers.cause?.value.ja).toBe('委託先のサーバー設定の誤り');
    expect(answers.medium?.value.ja).toBe('紙媒体');
    expect(answers.secondaryDamage?.value.ja).toBe('無');
    expect(answers.reportKind).toBeUndefined();
  });

  it('shows a sent report as filed, and a 確報 compared with it marks only what changed', () => {
    const filed = report({});
    const asFiled = filedForm(filed);
    expect(formFields(asFiled).find((f) => f.key === 'cause')?.value.ja).toBe('委託先のサーバー設定の誤り');
    const final = buildPpcForm({
      stage: 'final',
      incident: bareIncident({ reportCause: '委託先のサーバー設定の誤り', medium: 'paper', secondaryDamage: 'yes' }),
      company: bareCompany(),
      notifications: [],
      filed: filedAnswersOf(filed),
    });
    const changed = formFields(final).filter((f) => f.changedSinceFiled).map((f) => f.key);
    expect(changed).toEqual(['secondaryDamage', 'secondaryDamageDetail']);
  });
});

describe('what a 確報 is compared with', () => {
  const given = (ja: string) => ({ status: 'given' as const, value: { ja, en: ja } });
  const preliminary = (cause: string, extra: Partial<{ sentAt: string | null; correctedBy: number | null; filed: FiledReport | null }> = {}) => ({
    notificationKind: 'ppc_preliminary',
    sentAt: '2027-02-05T10:20:00+09:00',
    correctedBy: null,
    filed: report({ cause: given(cause) }),
    ...extra,
  });
  const final = (filed: FiledReport | null = null) => ({ notificationKind: 'ppc_final', sentAt: filed ? filed.sentAt : null, correctedBy: null, filed });

  it('is nothing for a 速報, or while no 速報 was filed', () => {
    expect(preliminaryAnswersFor(preliminary('x'), [preliminary('x')])).toBeNull();
    expect(preliminaryAnswersFor(final(), [preliminary('x', { sentAt: null, filed: null })])).toBeNull();
  });

  it('is the last 速報 sent and not corrected, as filed', () => {
    const answers = preliminaryAnswersFor(final(), [preliminary('最初の速報', { correctedBy: 9 }), preliminary('訂正後の速報')]);
    expect(answers?.cause?.value.ja).toBe('訂正後の速報');
  });

  it('is, for a 確報 already filed, the 速報 answers frozen with it, whatever happened to the 速報 since', () => {
    const filedFinal = { ...report({}), stage: 'final' as const, preliminary: { notificationId: 5, sentAt: '2027-02-05T10:20:00+09:00', answers: { cause: given('確報の時点の速報') } } };
    const answers = preliminaryAnswersFor(final(filedFinal), [preliminary('後から訂正された速報')]);
    expect(answers).toEqual({ cause: given('確報の時点の速報') });
  });
});
