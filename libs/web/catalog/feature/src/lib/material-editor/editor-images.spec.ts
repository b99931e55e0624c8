import { EditorImages, imageFileProblem } from './editor-images';
import { h5pFileName } from './editor-download';

describe('editor images', () => {
  it('tells a trainer at once when a file is no image or too large', () => {
    expect(imageFileProblem({ name: 'man-hinh.png', type: 'image/png', size: 1000 })).toBeNull();
    expect(imageFileProblem({ name: 've.svg', type: '', size: 1000 })).toBeNull();
    expect(imageFileProblem({ name: 'don.pdf', type: 'application/pdf', size: 1000 })).toBe('imageType');
    expect(imageFileProblem({ name: 'to.jpg', type: 'image/jpeg', size: 3 * 1024 * 1024 })).toBe('imageSize');
  });

  it('shows chosen pictures from this browser and stored ones from the package', () => {
    const images = new EditorImages('/api/h5p/previews/p/t', () => 'blob:x');
    const ref = images.add(new File(['x'], 'a.png'));
    expect(ref).toBe('local:1');
    expect(images.url(ref)).toBe('blob:x');
    expect(images.url('images/0123456789abcdef.png')).toBe('/api/h5p/previews/p/t/content/images/0123456789abcdef.png');
    expect(images.url('')).toBeNull();
    expect([...images.pending.keys()]).toEqual(['local:1']);
  });

  it('names a download as the server names the export', () => {
    expect(h5pFileName('Luyện tập: Bật Wi-Fi đúng cách')).toBe('luyen-tap-bat-wi-fi-dung-cach.h5p');
  });
});
