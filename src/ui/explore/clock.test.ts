import { describe, expect, it } from 'vitest';
import { deliveriesIn, deliveryClock } from './clock';

describe("an explored run's clock", () => {
  it('counts deliveries, in both languages', () => {
    expect(deliveryClock('en', '3')).toBe('delivery 3');
    expect(deliveryClock('ko', '3')).toBe('전달 3');
  });

  it('says the times of an outcome as deliveries', () => {
    expect(deliveriesIn('Deadlock at t=2: Collector waits for a message from Monitor.', 'en')).toBe(
      'Deadlock at delivery 2: Collector waits for a message from Monitor.',
    );
    expect(deliveriesIn('t=2에 교착 상태(데드락)가 생겼습니다.', 'ko')).toBe(
      '전달 2번째에 교착 상태(데드락)가 생겼습니다.',
    );
  });
});
