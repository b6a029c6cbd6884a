import { useState } from 'react';
import { holdsAny, USER_ADMINS } from '../../../src/platform/roles';
import { type Me, type RegionGrant, regionPath } from '../shell/api';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { RoleChips } from './role-chips';
import { UserCreateDialog } from './user-create-dialog';
import { UserEditDialog } from './user-edit-dialog';
import type { RegionUser } from './users';

/** The region's users: administrators manage them, auditors and supervisors read. */
export function UsersPage({ me, region }: { me: Me; region: RegionGrant }) {
  const { t, lang } = useI18n();
  const users = useResource<RegionUser[]>(regionPath(region.regionId, '/users'));
  const canManage = holdsAny(region.roles, USER_ADMINS);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<RegionUser>();
  const [notice, setNotice] = useState('');

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="muted">
            {t('users.subtitle', { region: region.name })} {!canManage && t('users.readOnly')}
          </p>
        </div>
        {canManage && (
          <button
            type="button"
            className="button button-primary"
            data-testid="user-create"
            onClick={() => {
              setNotice('');
              setCreating(true);
            }}
          >
            {t('users.add')}
          </button>
        )}
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      <ProblemAlert error={users.error} />
      {!users.data && !users.error && <Loading />}
      {users.data && (
        <div className="table-wrap">
          <table className="table table-stacked" data-testid="users-table">
            <thead>
              <tr>
                <th>{t('users.name')}</th>
                <th>{t('users.roles')}</th>
                <th>{t('users.status')}</th>
                {canManage && <th className="actions">{t('users.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => {
                // The server shows a lock only while it lasts, by its own clock.
                const locked = u.lockedUntil;
                return (
                  <tr key={u.id}>
                    <td>
                      <div className="strong">
                        {u.name} {u.id === me.user.id && <span className="muted">({t('users.you')})</span>}
                      </div>
                      <div className="muted small">{u.email}</div>
                    </td>
                    <td>
                      <RoleChips roles={u.roles} />
                    </td>
                    <td>
                      <span className={u.active ? 'badge badge-ok' : 'badge'}>
                        {u.active ? t('users.active') : t('users.inactive')}
                      </span>
                      {locked && (
                        <span className="badge badge-warn">
                          {t('users.lockedUntil', { time: formatDateTime(locked, region.timeZone, lang) })}
                        </span>
                      )}
                    </td>
                    {canManage && (
                      <td className="actions">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => {
                            setNotice('');
                            setEditing(u);
                          }}
                        >
                          {t('users.edit')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <UserCreateDialog
          regionId={region.regionId}
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setNotice(t('userForm.created', { email: user.email }));
            users.reload();
          }}
        />
      )}
      {editing && (
        <UserEditDialog
          regionId={region.regionId}
          user={editing}
          onClose={() => {
            setEditing(undefined);
            users.reload(); // a password reset lifts a lockout
          }}
          onSaved={() => {
            setEditing(undefined);
            setNotice(t('userEdit.saved'));
            users.reload();
          }}
        />
      )}
    </>
  );
}
