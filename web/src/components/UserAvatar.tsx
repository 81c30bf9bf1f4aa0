import { Avatar, type AvatarProps } from '@mantine/core';

/** Props: the person's name (for initials and colour) and photo URL, plus any Avatar prop. */
export interface UserAvatarProps extends Omit<AvatarProps, 'src' | 'name'> {
  name: string;
  photoUrl: string | null | undefined;
}

/** A person's photo, or their initials on a colour derived from the name (stable across pages). */
export function UserAvatar({ name, photoUrl, ...rest }: UserAvatarProps) {
  return <Avatar src={photoUrl ?? null} name={name} color="initials" alt={name} {...rest} />;
}
