import type { Lang } from '../../app/i18n';
import type { GroupDefinition } from '../../engine/groups';

/** A labelled select of group definitions (low income, 65+, …) in the UI language. */
export function GroupSelect(props: {
  lang: Lang;
  label: string;
  name: string;
  groups: readonly GroupDefinition[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="field">
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label[props.lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
