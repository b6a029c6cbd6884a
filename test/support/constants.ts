/** The instant every test starts at (the demo seed's creation time too). */
export const TEST_CLOCK = '2025-03-11T10:00:00+07:00';
export const DEMO_PASSWORD = 'balai-demo-2026';
