#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Coach {

//! Cuts a process's output into what a terminal would show: finished
//! lines (ended by \n or \r\n), and carriage-return updates of the current
//! line (tqdm's progress bars redraw themselves with \r). Text is decoded
//! as UTF-8 and ANSI colour codes are removed (Rasa colours its messages
//! even when it writes into a pipe).
class OutputSplitter final
{
public:
    struct Piece
    {
        QString text;
        bool isLine = true; //!< false: a progress update (\r)

        bool operator==(const Piece &other) const = default;
    };

    //! The pieces completed by `bytes`; a partial line waits for more.
    QList<Piece> feed(const QByteArray &bytes);
    //! The rest at the end of the output, as a line.
    QList<Piece> finish();

private:
    static QString decode(const QByteArray &bytes);

    QByteArray m_pending;
};

} // namespace Coach
