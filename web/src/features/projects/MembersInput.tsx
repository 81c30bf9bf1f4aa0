import { Input, Pill, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/queries';
import { UserPicker } from '../../components/UserPicker';

function MemberPill({ id, onRemove }: { id: string; onRemove: () => void }) {
  const user = useUser(id);
  return (
    <Pill withRemoveButton onRemove={onRemove} size="md">
      {user.data?.name ?? '…'}
    </Pill>
  );
}

/** Props: the chosen people, the change handler and the field's label, hint and error. */
export interface MembersInputProps {
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
  description?: string;
  error?: React.ReactNode;
}

/** Several employees chosen one by one with the server-searched picker, shown as removable pills. */
export function MembersInput({ value, onChange, label, description, error }: MembersInputProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Stack gap="xs" mt={4}>
        {value.length > 0 && (
          <Pill.Group>
            {value.map((id) => (
              <MemberPill key={id} id={id} onRemove={() => onChange(value.filter((v) => v !== id))} />
            ))}
          </Pill.Group>
        )}
        <UserPicker
          value={null}
          placeholder={t('projects.form.membersPlaceholder')}
          onChange={(id) => {
            if (id && !value.includes(id)) onChange([...value, id]);
          }}
        />
      </Stack>
    </Input.Wrapper>
  );
}
