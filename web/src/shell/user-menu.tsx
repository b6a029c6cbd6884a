import { useEffect, useRef, useState } from 'react';
import type { Me } from './api';
import { useI18n } from './i18n';
import { href } from './router';

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
}

/** The signed-in person, with "my account" (name, language, password) and "sign out". */
export function UserMenu({ user, onSignOut }: { user: Me['user']; onSignOut(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={ref}>
      <button
        type="button"
        className="user-button"
        aria-expanded={open}
        aria-label={t('shell.userMenu')}
        data-testid="user-menu"
        onClick={() => setOpen(!open)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="user-name">{user.name}</span>
      </button>
      {open && (
        <div className="menu">
          <div className="menu-who">
            <strong>{user.name}</strong>
            <span className="muted">{user.email}</span>
          </div>
          <a href={href('/account')} onClick={() => setOpen(false)}>
            {t('shell.account')}
          </a>
          <button type="button" onClick={onSignOut}>
            {t('shell.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
