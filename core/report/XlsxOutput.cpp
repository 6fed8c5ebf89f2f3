// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxOutput.h"

#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace servicelens::report {

Result<std::unique_ptr<XlsxOutput>> XlsxOutput::open(const QString &path)
{
    if (auto s = io::OutputFile::checkTarget(path); !s)
        return s.error();
    std::unique_ptr<XlsxOutput> out(new XlsxOutput);
    out->m_target = path;
    auto folder = io::OutputFile::privateFolder();
    if (!folder)
        return folder.error();
    out->m_folder = std::move(*folder);
    out->m_temporary = out->m_folder->filePath(QStringLiteral("export.xlsx"));
    out->m_scratch = QFile::encodeName(out->m_folder->path());
    lxw_workbook_options options{};
    options.tmpdir = out->m_scratch.data();
    out->m_workbook = workbook_new_opt(QFile::encodeName(out->m_temporary).constData(), &options);
    if (!out->m_workbook)
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)));
    lxw_workbook *wb = out->m_workbook;
    Formats &f = out->m_formats;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE8F7);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.0");
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "0");
    f.datetime = workbook_add_format(wb);
    format_set_num_format(f.datetime, "yyyy-mm-dd hh:mm");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    return out;
}

XlsxOutput::~XlsxOutput()
{
    if (m_workbook)
        workbook_close(m_workbook); // into the private folder, removed with it
}

Status XlsxOutput::close()
{
    const lxw_error e = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (e != LXW_NO_ERROR)
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(m_target)),
                         QString::fromUtf8(lxw_strerror(e)));
    return io::OutputFile::copyInto(m_temporary, m_target);
}

} // namespace servicelens::report
