import { HomePage } from '@/features/home/components/home-page';
import { useMe } from '@/lib/auth';

export function HomeRoute() {
  const me = useMe();
  return me.data ? <HomePage user={me.data} /> : null;
}
