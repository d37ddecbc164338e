#include "serverlogpanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

ServerLogPanel::ServerLogPanel(QWidget *parent) : QWidget(parent), m_view(new QPlainTextEdit(this))
{
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(MaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Rasa output"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    updateFormats();
}

void ServerLogPanel::updateFormats()
{
    const QPalette colours = palette();
    m_plain = QTextCharFormat();
    m_plain.setForeground(colours.color(QPalette::Text));
    m_note = m_plain;
    m_note.setFontItalic(true);
    m_note.setForeground(colours.color(QPalette::PlaceholderText));
    // Orange and red read on light and dark backgrounds alike.
    m_warning = m_plain;
    m_warning.setForeground(QColor(0xd0, 0x7a, 0x00));
    m_error = m_plain;
    m_error.setForeground(QColor(0xe0, 0x30, 0x30));
    m_error.setFontWeight(QFont::Bold);
}

void ServerLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateFormats();
    QWidget::changeEvent(event);
}

void ServerLogPanel::appendLine(const QString &source, const QString &line)
{
    append(u"[%1] %2"_s.arg(source, line), OutputLine::classify(line), false);
}

void ServerLogPanel::appendNote(const QString &text)
{
    append(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), text),
           OutputSeverity::Info, true);
}

void ServerLogPanel::append(const QString &text, OutputSeverity severity, bool note)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const QTextCharFormat &format = note      ? m_note
        : severity == OutputSeverity::Error   ? m_error
        : severity == OutputSeverity::Warning ? m_warning
                                              : m_plain;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    cursor.block().setUserState(static_cast<int>(severity));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ServerLogPanel::clear()
{
    m_view->clear();
}

int ServerLogPanel::lineCount() const
{
    return m_view->document()->isEmpty() ? 0 : m_view->document()->blockCount();
}

QString ServerLogPanel::lineText(int index) const
{
    return m_view->document()->findBlockByNumber(index).text();
}

OutputSeverity ServerLogPanel::severity(int index) const
{
    return static_cast<OutputSeverity>(
        std::max(0, m_view->document()->findBlockByNumber(index).userState()));
}

} // namespace Coach
