#pragma once

#include "project/outputline.h"

#include <QTextCharFormat>
#include <QWidget>

class QPlainTextEdit;

namespace Coach {

//! The output of the Rasa processes Rasa Coach started (training, server,
//! action server), one line per line with its source in front; warnings
//! and errors are highlighted. Keeps the last MaxLines lines.
class ServerLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLogPanel)

public:
    static constexpr int MaxLines = 5000;

    explicit ServerLogPanel(QWidget *parent = nullptr);

    //! A line of a process's output; `source` names the process.
    void appendLine(const QString &source, const QString &line);
    //! A line of Rasa Coach's own (what it is doing), in italics.
    void appendNote(const QString &text);
    void clear();

    QPlainTextEdit *view() const { return m_view; }
    int lineCount() const;
    QString lineText(int index) const;
    //! How line `index` was classified (tests; also its colour).
    OutputSeverity severity(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void append(const QString &text, OutputSeverity severity, bool note);
    void updateFormats();

    QPlainTextEdit *m_view = nullptr;
    QTextCharFormat m_plain;
    QTextCharFormat m_note;
    QTextCharFormat m_warning;
    QTextCharFormat m_error;
};

} // namespace Coach
