import { Button, type ButtonProps, Link as DsLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

/** A Designsystemet link that navigates inside the app. */
export function AppLink({ to, children, ...rest }: LinkProps & { children: ReactNode }) {
  return (
    <DsLink asChild>
      <Link to={to} {...rest}>
        {children}
      </Link>
    </DsLink>
  );
}

/** A link that looks like a button: for "new unit" and the like, which open a page rather than act. */
export function ButtonLink({
  to,
  children,
  variant = 'primary',
  'data-size': size,
}: {
  to: string;
  children: ReactNode;
  variant?: ButtonProps['variant'];
  'data-size'?: ButtonProps['data-size'];
}) {
  return (
    <Button asChild variant={variant} data-size={size}>
      <Link to={to}>{children}</Link>
    </Button>
  );
}
