// Where poppler's PDF tools are: the PDF tests read the printed 合订本 back with pdftotext and pdffonts.
import { spawnSync } from 'node:child_process';

export const POPPLER_TOOLS = ['pdftotext', 'pdffonts'];

/** True when every tool the PDF tests call runs. */
export function hasPoppler() {
	return POPPLER_TOOLS.every((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).status === 0);
}

export const POPPLER_MISSING =
	'找不到 pdftotext/pdffonts，合订本 PDF 测试无法读取打印结果。请以 root 身份安装 Debian 的 poppler-utils：apt-get update && apt-get install -y poppler-utils';
