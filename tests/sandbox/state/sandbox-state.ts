import { generateSeed } from '../seed/generate.ts';
import { Clock } from '../support/clock.ts';
import {
  corruptBill,
  deleteAllocation,
  deleteBill,
  payBill,
  updateBill,
  voidBill,
} from './bill-mutations.ts';
import type { SandboxData } from './data.ts';
import type { LinkLimits } from './links.ts';
import { payWithLink } from './pay-with-link.ts';
import { recordSend, type SendOptions } from './send.ts';
import type { Allocation, Bill, ClioPayment, PaymentType, SendRecord } from './types.ts';

export interface SandboxStateOptions {
  seed: number;
  size: number;
  today: string;
  /** About how many bills await payment; the rest are history (see SeedOptions.unpaidBills). */
  unpaidBills?: number;
}

/**
 * The live data of one sandbox and the operations on it. The API, the control endpoint and the
 * replica pages all change data through these methods; `reset` reseeds in place, so references
 * to this object stay valid.
 */
export class SandboxState {
  data: SandboxData;
  readonly clock: Clock;
  readonly sends: SendRecord[] = [];
  /** Overrides of Clio's link limits, so tests can reach them without making 150 links. */
  linkLimits: LinkLimits = { active: null, daily: null };
  /** When set, the Send dialog's send is refused with this message, as Clio refuses one it cannot make. */
  sendRefusal: string | null = null;
  /** The one bill the dialog refuses; null while it refuses every bill. */
  sendRefusalBillId: number | null = null;
  seed: number;
  size: number;
  private readonly unpaidBills: number | undefined;

  constructor(options: SandboxStateOptions) {
    this.clock = new Clock(options.today);
    this.seed = options.seed;
    this.size = options.size;
    this.unpaidBills = options.unpaidBills;
    this.data = this.generate();
    this.linkLimits = { active: null, daily: null };
  }

  private generate(): SandboxData {
    return generateSeed(
      { seed: this.seed, size: this.size, today: this.clock.today, unpaidBills: this.unpaidBills },
      this.clock.seedEpochMs(),
    );
  }

  reset(options: { seed?: number; size?: number } = {}): void {
    this.seed = options.seed ?? this.seed;
    this.size = options.size ?? this.size;
    this.data = this.generate();
    this.sends.length = 0;
  }

  recordSend(billId: number, options: SendOptions): Bill {
    return recordSend(this.data, this.sends, billId, options, this.clock.nowMs());
  }

  payWithLink(linkToken: string, amountCents?: number): ClioPayment {
    return payWithLink(this.data, linkToken, amountCents, this.clock.nowMs());
  }

  updateBill(billId: number, changes: Record<string, unknown>): Bill {
    return updateBill(this.data, billId, changes, this.clock.nowMs());
  }

  payBill(billId: number, amountCents: number, paymentType: PaymentType = 'check'): Allocation {
    return payBill(this.data, billId, amountCents, paymentType, this.clock.nowMs());
  }

  deleteAllocation(allocationId: number): Bill {
    return deleteAllocation(this.data, allocationId, this.clock.nowMs());
  }

  corruptBill(billId: number, field: string, value: unknown): Bill {
    return corruptBill(this.data, billId, field, value, this.clock.nowMs());
  }

  voidBill(billId: number): Bill {
    return voidBill(this.data, billId, this.clock.nowMs());
  }

  deleteBill(billId: number): Bill {
    return deleteBill(this.data, billId, this.clock.nowMs());
  }
}
