import type { PolicySection } from '../../../shared/policy/model';
import { CrossBorderEditor } from './CrossBorderEditor';
import { DeskLinksField, type DeskOption } from './DeskLinksField';
import { JointUseFields } from './JointUseFields';
import { PurposeRowsEditor } from './PurposeRowsEditor';
import { RequestProceduresFields } from './RequestProceduresFields';
import { RevisionHistoryFields } from './RevisionHistoryFields';
import { TransmissionsEditor } from './TransmissionsEditor';

interface SectionStructuredFieldsProps {
  section: PolicySection;
  desks: DeskOption[];
  readOnly: boolean;
  onChange: (section: PolicySection) => void;
}

/** The structured part of a section, where its kind has one (purposes, joint use, destinations abroad, transmissions, requests, desks). */
export function SectionStructuredFields({ section, desks, readOnly, onChange }: SectionStructuredFieldsProps) {
  switch (section.kind) {
    case 'purposes_of_use':
      return <PurposeRowsEditor rows={section.rows} readOnly={readOnly} onChange={(rows) => onChange({ ...section, rows })} />;
    case 'joint_use':
      return <JointUseFields section={section} readOnly={readOnly} onChange={(patch) => onChange({ ...section, ...patch })} />;
    case 'cross_border':
      return (
        <CrossBorderEditor
          rows={section.destinations}
          readOnly={readOnly}
          onChange={(destinations) => onChange({ ...section, destinations })}
        />
      );
    case 'external_transmission':
      return (
        <TransmissionsEditor
          rows={section.transmissions}
          readOnly={readOnly}
          onChange={(transmissions) => onChange({ ...section, transmissions })}
        />
      );
    case 'request_procedures':
      return <RequestProceduresFields section={section} readOnly={readOnly} onChange={(patch) => onChange({ ...section, ...patch })} />;
    case 'revisions':
      return <RevisionHistoryFields section={section} readOnly={readOnly} onChange={(patch) => onChange({ ...section, ...patch })} />;
    case 'complaint_desk':
    case 'authorized_organization':
    case 'contact':
      return (
        <DeskLinksField deskIds={section.deskIds} desks={desks} readOnly={readOnly} onChange={(deskIds) => onChange({ ...section, deskIds })} />
      );
    default:
      return null;
  }
}
