import { useEffect, useState } from 'react';
import { serverTime } from './api';
import { dayIn } from './format';

/** Today (`YYYY-MM-DD`) on the server's business clock in a region's time zone; undefined until it answers. */
export function useToday(timeZone: string): string | undefined {
  const [today, setToday] = useState<string>();
  useEffect(() => {
    let current = true;
    serverTime().then((at) => current && setToday(dayIn(at, timeZone)));
    return () => {
      current = false;
    };
  }, [timeZone]);
  return today;
}
