-- Headless Neovim (0.7 API) against the scrubs language server: open a draft, wait for pushed
-- diagnostics, ask for code actions the way vim.lsp.buf.code_action() does, apply "Redact
-- identifier" with vim.lsp.util.apply_workspace_edit(edit, 'utf-16'), write the file.
-- Run by test/nvim/nvim.test.ts:
--   SCRUBS_NVIM_CMD='["node","bin/scrubs.js","lsp","--stdio"]' SCRUBS_NVIM_FILE=draft.md \
--   nvim --headless --clean -n -i NONE -c 'luafile test/nvim/redact.lua'
-- stdout: one JSON line {"ok":..., "step":..., ...}; exit code 0 on success.
local cmd = vim.fn.json_decode(os.getenv('SCRUBS_NVIM_CMD') or '[]')
local file = os.getenv('SCRUBS_NVIM_FILE') or ''
local title = os.getenv('SCRUBS_NVIM_TITLE') or 'Redact identifier'
local timeout = tonumber(os.getenv('SCRUBS_NVIM_TIMEOUT_MS') or '15000')

local function finish(code, result)
  result.ok = code == 0
  io.stdout:write(vim.fn.json_encode(result) .. '\n')
  io.stdout:flush()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local function main()
  if #cmd == 0 or file == '' then return finish(1, { step = 'environment: set SCRUBS_NVIM_CMD and SCRUBS_NVIM_FILE' }) end
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  local exited
  local client_id = vim.lsp.start_client({
    name = 'scrubs',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    offset_encoding = 'utf-16',
    flags = { debounce_text_changes = 50 },
    on_exit = function(code) exited = code end,
  })
  if not client_id then return finish(1, { step = 'start_client' }) end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(timeout, function() return exited ~= nil or #vim.diagnostic.get(bufnr) > 0 end, 20)
  local diags = vim.diagnostic.get(bufnr)
  if not got or #diags == 0 then return finish(2, { step = 'diagnostics', exited = exited }) end

  local target
  for _, d in ipairs(diags) do
    if d.code == 'patient-privacy/name' then target = d; break end
  end
  if not target then return finish(2, { step = 'name diagnostic', codes = vim.tbl_map(function(d) return d.code end, diags) }) end

  -- As vim.lsp.buf.code_action() builds it: cursor on the diagnostic (byte column), a zero-width
  -- range from make_range_params, and the line's diagnostics as context (byte columns in 0.7).
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params(0, 'utf-16')
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum) or {}
  params.context = { diagnostics = line_diagnostics }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout) or {}
  local titles, chosen = {}, nil
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if not chosen and action.title == title then chosen = action end
    end
  end
  if not chosen or not chosen.edit then return finish(3, { step = 'code action', titles = titles }) end

  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  vim.cmd('silent write')
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  pcall(vim.lsp.stop_client, client_id)
  vim.wait(2000, function() return exited ~= nil end, 20)
  return finish(0, { step = 'done', titles = titles, preferred = chosen.isPreferred == true, text = table.concat(lines, '\n') })
end

local ok, err = xpcall(main, debug.traceback)
if not ok then finish(1, { step = 'error', error = tostring(err) }) end
