// The Commitments Timeline webview. Plain browser script, no framework: the extension sends a
// laid-out model ({type:'model'}, built by src/core/timeline/timelineModel.ts) and this draws it.
// Document text (actors, actions, quotes) is untrusted: it only ever reaches the page through
// textContent and attributes set with setAttribute, never as HTML.
// Positions are shares of the axis, drawn as percentages, so a render never has to measure the
// page; the whole chart is built off-document and inserted at once.
// Every word shown comes from the extension with the model ({strings}, translated there by
// src/vscode/timelineStrings.ts): templates with {0}-style placeholders, filled in here with
// values and, like document text, only ever set as text.
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');

  /** A glyph per status, so status reads without colour too; the legend lists them in this order. */
  const STATUS_GLYPHS = { open: '○', 'in-progress': '◐', stalled: '‖', kept: '✓', compromised: '⊘', broken: '✕' };
  const GROUPINGS = ['actor', 'document'];
  const ZOOMS = ['fit', 'year', 'quarter'];
  const PAGE_STEP = 10;
  /** Room one tick label needs, in CSS pixels ("Jan 2025" at the editor's font size, with a gap). */
  const TICK_LABEL_WIDTH = 64;

  /** Restored after the webview was hidden and loaded again. */
  const saved = vscode.getState() || {};
  let focusedId = typeof saved.focusedId === 'string' ? saved.focusedId : undefined;
  let items = [];
  let rowsByIndex = [];
  let tooltip;
  let tooltipFor;
  let tickObserver;
  /** The words of the last model message (see TimelineStrings in src/vscode/timelineStrings.ts). */
  let strings;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The template with {0}, {1} … replaced by the values, as plain text. */
  function format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (match, index) => (Number(index) < values.length ? String(values[Number(index)]) : match));
  }

  /** The template's text around {0}, with `node` in its place: for a name drawn in its own element. */
  function around(template, node, className) {
    const [before, ...rest] = template.split('{0}');
    const after = rest.join('{0}');
    return [before && element('span', className, before), node, after && element('span', className, after)].filter(Boolean);
  }

  function count(value, one, many) {
    return value === 1 ? one : format(many, value);
  }

  function statusText(status) {
    return strings.statuses[status] || status;
  }

  function overdueText(row) {
    return count(row.overdueDays, strings.overdueByOne, strings.overdueByMany);
  }

  function whenText(row) {
    if (row.range) return format(strings.range, row.range.earliest, row.range.latest);
    if (row.due) return format(strings.due, row.due);
    return strings.noDeadline;
  }

  function describe(row) {
    const parts = [row.label, whenText(row), statusText(row.status)];
    if (row.overdue) parts.push(overdueText(row));
    if (row.review === 'suggested') parts.push(strings.suggestionNotReviewed);
    parts.push(row.line !== undefined ? format(strings.documentLine, row.documentLabel, row.line + 1) : row.documentLabel);
    return parts.join(', ');
  }

  // ------------------------------------------------------------------ render

  function render(model) {
    hideTooltip();
    const hadFocus = app.contains(document.activeElement) && document.activeElement.classList.contains('item');
    const fragment = document.createDocumentFragment();
    fragment.appendChild(toolbar(model));
    items = [];
    rowsByIndex = [];
    if (model.counts.total === 0) {
      fragment.appendChild(element('p', 'empty', strings.empty));
    } else {
      fragment.appendChild(chart(model));
    }
    app.replaceChildren(fragment);
    app.setAttribute('aria-busy', 'false');
    tooltip = element('div', 'tooltip');
    tooltip.id = 'tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    app.appendChild(tooltip);

    let current = items.findIndex((item) => item.dataset.id === focusedId);
    if (current < 0) current = 0;
    if (items.length > 0) {
      items[current].tabIndex = 0;
      if (hadFocus) items[current].focus({ preventScroll: false });
    }
    const placed = model.groups.reduce((sum, group) => sum + group.placed, 0);
    // What was drawn, read back from the page, so the tests check the page and not the model.
    const headings = Array.from(app.querySelectorAll('.group-heading'), (heading) => heading.querySelector('.group-title').textContent);
    const report = { type: 'rendered', rows: items.length, placed, groups: model.groups.length, grouping: model.grouping, zoom: model.zoom, headings };
    if (model.axis) report.axis = { start: model.axis.start, end: model.axis.end };
    vscode.postMessage(report);
  }

  /** A labelled row of toggle buttons, one pressed: grouping or zoom. */
  function switcher(label, values, names, current, message) {
    const group = element('div', 'grouping');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    group.appendChild(element('span', 'grouping-label', label));
    for (const value of values) {
      const button = element('button', 'grouping-button', names[value]);
      button.type = 'button';
      button.dataset.value = value;
      button.setAttribute('aria-pressed', String(current === value));
      button.addEventListener('click', () => {
        if (current !== value) vscode.postMessage(message(value));
      });
      group.appendChild(button);
    }
    return group;
  }

  function toolbar(model) {
    const bar = element('header', 'toolbar');
    bar.appendChild(element('h1', 'title', strings.title));
    bar.appendChild(switcher(strings.groupBy, GROUPINGS, strings.groupings, model.grouping, (grouping) => ({ type: 'group', grouping })));
    bar.appendChild(switcher(strings.zoomBy, ZOOMS, strings.zooms, model.zoom || 'fit', (zoom) => ({ type: 'zoom', zoom })));

    const counts = model.counts;
    const summary = [count(counts.total, strings.commitmentsOne, strings.commitmentsMany), format(strings.onTimeline, counts.placed)];
    if (counts.undated) summary.push(format(strings.withoutDeadline, counts.undated));
    if (counts.outside) summary.push(format(strings.outsideRange, counts.outside));
    if (counts.overdue) summary.push(format(strings.overdueCount, counts.overdue));
    if (counts.orphaned) summary.push(format(strings.orphanedNotShown, counts.orphaned));
    summary.push(format(strings.summaryToday, model.today));
    const status = element('p', 'summary', summary.join(' · '));
    status.setAttribute('role', 'status');
    bar.appendChild(status);
    bar.appendChild(legend());
    return bar;
  }

  function legend() {
    const list = element('ul', 'legend');
    list.setAttribute('aria-label', strings.legend);
    for (const status of Object.keys(STATUS_GLYPHS)) {
      const entry = element('li', `legend-entry status-${status}`);
      const swatch = element('span', 'swatch', STATUS_GLYPHS[status]);
      swatch.setAttribute('aria-hidden', 'true');
      entry.append(swatch, statusText(status));
      list.appendChild(entry);
    }
    const overdue = element('li', 'legend-entry overdue');
    const icon = element('span', 'overdue-icon', '!');
    icon.setAttribute('aria-hidden', 'true');
    const hatch = element('span', 'swatch swatch-overdue');
    hatch.setAttribute('aria-hidden', 'true');
    overdue.append(icon, hatch, strings.legendOverdue);
    list.appendChild(overdue);
    return list;
  }

  function chart(model) {
    const axis = model.axis;
    const root = element('div', 'chart');
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', strings.chartLabels[model.grouping] || '');
    if (axis) root.style.setProperty('--today', String(axis.today));
    root.appendChild(axisHeader(axis));
    if (axis) {
      const today = element('div', 'today-line');
      today.setAttribute('aria-hidden', 'true');
      root.appendChild(today);
    }
    model.groups.forEach((group, groupIndex) => root.appendChild(groupSection(group, groupIndex, model.grouping)));
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('click', onClick);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', hideTooltip);
    root.addEventListener('mouseover', onPointerOver);
    root.addEventListener('mouseleave', hideTooltip);
    return root;
  }

  function axisHeader(axis) {
    const header = element('div', 'axis');
    header.setAttribute('aria-hidden', 'true');
    header.appendChild(element('div', 'axis-corner', axis ? `${axis.start} – ${axis.end}` : strings.noDeadlines));
    const track = element('div', 'axis-track');
    if (axis) {
      const ticks = axis.ticks.map((tick) => {
        const mark = element('span', 'tick');
        mark.appendChild(element('span', 'tick-text', tick.label));
        mark.style.left = `${tick.position * 100}%`;
        track.appendChild(mark);
        return mark;
      });
      const edge = axis.today > 0.9 ? ' today-label-end' : axis.today < 0.1 ? ' today-label-start' : '';
      const today = element('span', `today-label${edge}`, strings.todayMark);
      today.style.left = `${axis.today * 100}%`;
      track.appendChild(today);
      thinTickLabels(track, ticks);
    }
    header.appendChild(track);
    return header;
  }

  /**
   * Keeps every n-th tick label so labels never overlap in a narrow panel; the tick lines all
   * stay. The width comes from a ResizeObserver, which reports after layout, so neither a render
   * nor a resize forces the page to lay out early.
   */
  function thinTickLabels(track, ticks) {
    if (tickObserver) tickObserver.disconnect();
    tickObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      if (width <= 0) return;
      const every = Math.max(1, Math.ceil((ticks.length * TICK_LABEL_WIDTH) / width));
      ticks.forEach((mark, index) => mark.classList.toggle('tick-unlabelled', index % every !== 0));
    });
    tickObserver.observe(track);
  }

  function groupSection(group, groupIndex, grouping) {
    const section = element('section', 'group');
    section.style.setProperty('--rows', String(group.rows.length));
    const headingId = `group-${groupIndex}`;
    section.setAttribute('aria-labelledby', headingId);
    const heading = element('h2', 'group-heading');
    heading.id = headingId;
    const details = [count(group.rows.length, strings.commitmentsOne, strings.commitmentsMany)];
    if (group.overdue) details.push(format(strings.overdueCount, group.overdue));
    if (group.rows.length > group.placed) details.push(format(strings.withoutDeadline, group.rows.length - group.placed));
    const name = element('span', 'group-name', group.label);
    // Headings stay one line high (see --heading-height); in a very narrow panel the name is cut
    // last (the counts give way first) and shows in full on hover.
    name.setAttribute('title', group.label);
    // The name keeps its own element, wherever the language puts it.
    const title = element('span', 'group-title');
    title.append(...around(strings.groupHeadings[grouping] || '{0}', name, 'group-label'));
    heading.append(title, element('span', 'group-count', details.join(' · ')));
    section.appendChild(heading);
    const list = element('ul', 'rows');
    for (const row of group.rows) list.appendChild(rowItem(row, grouping));
    section.appendChild(list);
    return section;
  }

  function rowItem(row, grouping) {
    const entry = element('li', `row status-${row.status}${row.overdue ? ' overdue' : ''}${row.review === 'suggested' ? ' suggested' : ''}`);
    const item = element('div', 'item');
    item.setAttribute('role', 'button');
    item.tabIndex = -1;
    item.dataset.id = row.id;
    item.dataset.index = String(items.length);
    item.setAttribute('aria-label', describe(row));
    const label = element('span', 'item-label');
    const glyph = element('span', 'status-glyph', STATUS_GLYPHS[row.status] || '•');
    glyph.setAttribute('aria-hidden', 'true');
    label.appendChild(glyph);
    if (row.overdue) {
      const icon = element('span', 'overdue-icon', '!');
      icon.setAttribute('aria-hidden', 'true');
      label.appendChild(icon);
    }
    // Under an actor's heading the row says what they will do; the actor is not repeated.
    label.appendChild(element('span', 'item-text', grouping === 'actor' && row.actor ? row.action : row.label));
    item.appendChild(label);
    const track = element('span', 'item-track');
    if (row.placement) {
      const mark = element('span', row.placement.shape === 'range' ? 'bar' : 'point');
      mark.style.left = `${row.placement.start * 100}%`;
      if (row.placement.shape === 'range') mark.style.width = `${(row.placement.end - row.placement.start) * 100}%`;
      track.appendChild(mark);
    } else if (row.offAxis) {
      track.appendChild(element('span', `off-axis off-axis-${row.offAxis}`, row.offAxis === 'before' ? strings.beforeAxis : strings.afterAxis));
    } else {
      track.appendChild(element('span', 'undated', strings.noDeadline));
    }
    item.appendChild(track);
    entry.appendChild(item);
    items.push(item);
    rowsByIndex.push(row);
    return entry;
  }

  // ------------------------------------------------------------------ interaction

  function indexOf(target) {
    const item = target instanceof Element ? target.closest('.item') : null;
    return item ? Number(item.dataset.index) : -1;
  }

  function moveTo(index) {
    if (items.length === 0) return;
    const next = Math.max(0, Math.min(items.length - 1, index));
    for (const item of items) if (item.tabIndex === 0) item.tabIndex = -1;
    items[next].tabIndex = 0;
    items[next].focus();
  }

  function reveal(index) {
    const row = rowsByIndex[index];
    if (row) vscode.postMessage({ type: 'reveal', id: row.id });
  }

  function onKeyDown(event) {
    const index = indexOf(event.target);
    if (index < 0) return;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'PageDown':
        moveTo(index + PAGE_STEP);
        break;
      case 'PageUp':
        moveTo(index - PAGE_STEP);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(items.length - 1);
        break;
      case 'Enter':
      case ' ':
        reveal(index);
        break;
      case 'Escape':
        hideTooltip();
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  function onClick(event) {
    const index = indexOf(event.target);
    if (index < 0) return;
    moveTo(index);
    reveal(index);
  }

  function onFocusIn(event) {
    const index = indexOf(event.target);
    if (index < 0) return;
    for (const item of items) if (item.tabIndex === 0 && item !== items[index]) item.tabIndex = -1;
    items[index].tabIndex = 0;
    focusedId = items[index].dataset.id;
    vscode.setState({ focusedId });
    showTooltip(index);
  }

  function onPointerOver(event) {
    const index = indexOf(event.target);
    if (index >= 0 && tooltipFor !== index) showTooltip(index);
  }

  function tooltipLine(className, label, value) {
    const line = element('div', `tooltip-line ${className}`);
    if (label) line.appendChild(element('span', 'tooltip-key', `${label} `));
    line.appendChild(element('span', 'tooltip-value', value));
    return line;
  }

  function showTooltip(index) {
    const row = rowsByIndex[index];
    const item = items[index];
    if (!row || !item || !tooltip) return;
    const lines = [element('div', 'tooltip-title', row.label), tooltipLine('tooltip-quote', '', `“${row.quote}”`)];
    const when = row.range ? `${row.range.earliest} → ${row.range.latest}` : row.due || strings.noDeadline;
    lines.push(tooltipLine('', strings.tooltipWhen, row.deadlineText ? `${when} (“${row.deadlineText}”)` : when));
    lines.push(tooltipLine('', strings.tooltipStatus, `${statusText(row.status)} · ${strings.reviews[row.review] || row.review}`));
    if (row.overdue) lines.push(tooltipLine('tooltip-overdue', '!', overdueText(row)));
    if (row.source) lines.push(tooltipLine('', strings.tooltipSource, row.source));
    lines.push(tooltipLine('', strings.tooltipIn, row.line !== undefined ? `${row.documentLabel}:${row.line + 1}` : row.documentLabel));
    lines.push(element('div', 'tooltip-hint', strings.tooltipHint));
    tooltip.replaceChildren(...lines);
    tooltip.hidden = false;
    tooltipFor = index;
    item.setAttribute('aria-describedby', 'tooltip');
    // One read of the item's box, after the tooltip has content: placed below the row, or above
    // it near the bottom of the view.
    const box = item.getBoundingClientRect();
    const height = tooltip.offsetHeight;
    const below = box.bottom + 4;
    const top = below + height > window.innerHeight && box.top - height - 4 > 0 ? box.top - height - 4 : below;
    tooltip.style.top = `${top + window.scrollY}px`;
    tooltip.style.left = `${Math.max(4, Math.min(box.left + 24, window.innerWidth - tooltip.offsetWidth - 4)) + window.scrollX}px`;
  }

  function hideTooltip() {
    if (tooltipFor !== undefined && items[tooltipFor]) items[tooltipFor].removeAttribute('aria-describedby');
    tooltipFor = undefined;
    if (tooltip) tooltip.hidden = true;
  }

  // ------------------------------------------------------------------ messages

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object' || message.type !== 'model' || !message.model || !Array.isArray(message.model.groups)) return;
    if (!message.strings || typeof message.strings !== 'object') return;
    strings = message.strings;
    render(message.model);
  });

  vscode.postMessage({ type: 'ready' });
})();
