// Preloaded into `scrubs fix --write` (node --require) to inject one file-system fault while the
// fixed draft is written: SCRUBS_TEST_FAULT = ENOSPC|EIO|EXDEV|EACCES|change, at the step that
// writes, syncs, renames or creates the temporary file. `change` appends to the draft (the file
// in SCRUBS_TEST_FAULT_TARGET) while the temporary file is being written, as an editor saving
// at that moment would. Each injected fault leaves a line on stderr that the tests count.
const fs = require('node:fs');
const fault = process.env.SCRUBS_TEST_FAULT;
const TEMP = /\.scrubs-\d+-[0-9a-f]+\.tmp$/;
const temps = new Set();
const fail = (code, syscall) => {
  process.stderr.write(`SCRUBS-TEST-FAULT ${code} ${syscall}\n`);
  return Object.assign(new Error(`${code}: injected by the test, ${syscall}`), { code, syscall, errno: -1 });
};
const { openSync, writeSync, fsyncSync, renameSync, closeSync } = fs;
fs.openSync = function (path, ...rest) {
  if (TEMP.test(String(path))) {
    if (fault === 'EACCES') throw fail('EACCES', 'open');
    const fd = openSync.call(this, path, ...rest);
    temps.add(fd);
    return fd;
  }
  return openSync.call(this, path, ...rest);
};
let writes = 0;
fs.writeSync = function (fd, buffer, offset = 0, length, ...rest) {
  if (temps.has(fd)) {
    writes++;
    if (fault === 'change' && writes === 1) {
      fs.appendFileSync(process.env.SCRUBS_TEST_FAULT_TARGET, 'A line the writer saved meanwhile.\n');
      process.stderr.write('SCRUBS-TEST-FAULT change write\n');
    }
    if (fault === 'ENOSPC') {
      // Half of it lands, then the disk is full: the temporary file is truncated garbage.
      const len = length ?? buffer.length - offset;
      if (writes === 1 && len > 1) return writeSync.call(this, fd, buffer, offset, Math.floor(len / 2));
      throw fail('ENOSPC', 'write');
    }
  }
  return writeSync.call(this, fd, buffer, offset, length, ...rest);
};
fs.fsyncSync = function (fd) {
  if (temps.has(fd) && fault === 'EIO') throw fail('EIO', 'fsync');
  return fsyncSync.call(this, fd);
};
fs.closeSync = function (fd) {
  temps.delete(fd);
  return closeSync.call(this, fd);
};
fs.renameSync = function (from, to) {
  if (TEMP.test(String(from)) && fault === 'EXDEV') throw fail('EXDEV', 'rename');
  return renameSync.call(this, from, to);
};
