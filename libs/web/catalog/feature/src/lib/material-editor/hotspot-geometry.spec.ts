import { clampHotspot, hotspotBox, hotspotFromDrag, moveHotspot, nudgeHotspot, toImagePoint } from './hotspot-geometry';

const screen = { width: 360, height: 640 };

describe('hotspot geometry', () => {
  it('keeps a hotspot whole-pixel, at least 1×1, and inside the screenshot', () => {
    expect(clampHotspot({ x: -5.4, y: 630, width: 80.6, height: 100 }, screen)).toEqual({
      x: 0,
      y: 540,
      width: 81,
      height: 100,
    });
    expect(clampHotspot({ x: 10, y: 10, width: 0, height: 900 }, screen)).toEqual({
      x: 10,
      y: 0,
      width: 1,
      height: 640,
    });
  });

  it('moves with the arrow keys and resizes with Shift, never leaving the screenshot', () => {
    const h = { x: 100, y: 200, width: 80, height: 100 };
    expect(nudgeHotspot(h, 'ArrowRight', { resize: false, step: 10 }, screen)).toEqual({ ...h, x: 110 });
    expect(nudgeHotspot(h, 'ArrowUp', { resize: false, step: 10 }, screen)).toEqual({ ...h, y: 190 });
    expect(nudgeHotspot(h, 'ArrowDown', { resize: true, step: 10 }, screen)).toEqual({ ...h, height: 110 });
    expect(nudgeHotspot(h, 'ArrowLeft', { resize: true, step: 10 }, screen)).toEqual({ ...h, width: 70 });
    expect(nudgeHotspot({ ...h, x: 275 }, 'ArrowRight', { resize: false, step: 10 }, screen)).toEqual({ ...h, x: 280 });
    expect(nudgeHotspot(h, 'Enter', { resize: false, step: 10 }, screen)).toBeNull();
  });

  it('turns a pointer position over the shown image into screenshot pixels', () => {
    const box = { x: 20, y: 100, width: 180, height: 320 };
    expect(toImagePoint({ x: 110, y: 260 }, box, screen)).toEqual({ x: 180, y: 320 });
  });

  it('draws from a drag, corner to corner in either direction, and centres a tap', () => {
    expect(hotspotFromDrag({ x: 200, y: 300 }, { x: 100, y: 220 }, screen, { width: 60, height: 60 })).toEqual({
      x: 100,
      y: 220,
      width: 100,
      height: 80,
    });
    expect(hotspotFromDrag({ x: 10, y: 10 }, { x: 12, y: 11 }, screen, { width: 60, height: 60 })).toEqual({
      x: 0,
      y: 0,
      width: 60,
      height: 60,
    });
  });

  it('moves by a drag and draws in percent of the screenshot', () => {
    expect(moveHotspot({ x: 100, y: 100, width: 50, height: 50 }, { x: 400, y: -20 }, screen)).toEqual({
      x: 310,
      y: 80,
      width: 50,
      height: 50,
    });
    expect(hotspotBox({ x: 90, y: 160, width: 180, height: 64 }, screen)).toEqual({
      left: '25.000%',
      top: '25.000%',
      width: '50.000%',
      height: '10.000%',
    });
  });
});
