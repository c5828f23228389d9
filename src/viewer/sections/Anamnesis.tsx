import type { AnamnesisAnswer } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { Fact } from './Fact';
import { Section } from './Section';
import { TextValue } from './Values';

/** The questions the patient answered, in their order, with the answers as given. */
export function Anamnesis({ answers }: { answers: readonly AnamnesisAnswer[] }) {
  const { labels } = useViewer();
  return (
    <Section name="anamnesis" heading={labels.anamnesisHeading} notAssessed={answers.length === 0}>
      <dl className="lrv-qa">
        {answers.map((a, index) => (
          <Fact key={index} term={a.question}>
            <TextValue value={a.answer} />
          </Fact>
        ))}
      </dl>
    </Section>
  );
}
