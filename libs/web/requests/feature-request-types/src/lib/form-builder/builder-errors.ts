import { Injectable, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { issuesUnder } from './builder-issues';
import type { BuilderIssue } from './builder-issues';

/**
 * The draft's issues for the builder's controls (one instance per builder): a control shows the issues at its pointer
 * once it was touched, or at once after a save or publish attempt ("reveal"), so that a field just added is not all
 * red before anything was typed in it.
 */
@Injectable()
export class BuilderErrors {
  readonly issues = signal<readonly BuilderIssue[]>([]);
  readonly revealed = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  /** The issues about exactly this part (an empty list), not about what is inside it (one of its options). */
  at(pointer: string): BuilderIssue[] {
    return this.issues().filter((issue) => issue.pointer === pointer);
  }

  under(pointer: string): BuilderIssue[] {
    return issuesUnder(this.issues(), pointer);
  }

  /** The first issue at a pointer or inside it: what a control's message says. */
  first(pointer: string): BuilderIssue | undefined {
    return this.under(pointer)[0];
  }

  matcher(pointer: string): ErrorStateMatcher {
    let matcher = this.matchers.get(pointer);
    if (!matcher) {
      matcher = {
        isErrorState: (control: AbstractControl | null) =>
          this.under(pointer).length > 0 && (this.revealed() || Boolean(control?.touched || control?.dirty)),
      };
      this.matchers.set(pointer, matcher);
    }
    return matcher;
  }
}
