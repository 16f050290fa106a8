// The frontend engineer's dashboard switch (README, "Personas"): one hook call picks the dashboard.
import { useState, useSyncExternalStore } from 'react';
import { useFeatureFlag, useFFClient } from '@ff/sdk-browser/react';

function Dashboard({ userId }: { userId: string }) {
  const showNewUI = useFeatureFlag('new-dashboard', userId);
  return showNewUI ? (
    <main data-testid="dashboard" data-dashboard="new">
      <h1>New dashboard</h1>
    </main>
  ) : (
    <main data-testid="dashboard" data-dashboard="old">
      <h1>Dashboard</h1>
    </main>
  );
}

/** The client's status, re-rendered when it changes (ready, stale when the API is away, failed…). */
function useStatus(): string {
  const client = useFFClient();
  return useSyncExternalStore(
    (onChange) => client.on('status', onChange),
    () => client.status,
    () => client.status,
  );
}

export function App({ userId, otherUserId }: { userId: string; otherUserId: string }) {
  const [user, setUser] = useState(userId);
  const client = useFFClient();
  const status = useStatus();
  return (
    <>
      <header>
        Signed in as <strong data-testid="user">{user}</strong> · flags{' '}
        <span data-testid="status">{status}</span>
      </header>
      <Dashboard userId={user} />
      <button onClick={() => setUser(user === userId ? otherUserId : userId)}>Switch user</button>
      <button onClick={() => client.track('dashboard-cta', 1)}>Try it</button>
    </>
  );
}
