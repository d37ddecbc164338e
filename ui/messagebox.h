#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace Coach {

//! The only way the application shows a QMessageBox (style.md §15).
//! Tests call setNextAnswer() so that the next box returns at once with
//! that button instead of blocking on user input; the text it would have
//! shown is kept in lastText() for assertions.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    //! A question whose standard buttons show other texts (a button that
    //! is not in `buttonTexts` keeps its own).
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons, Button defaultButton,
                           const QMap<Button, QString> &buttonTexts);

    //! The next box returns `answer` without being shown. Kept until used.
    static void setNextAnswer(Button answer);
    //! Every box returns `answer` without being shown until cleared
    //! (tests that must never block).
    static void setDefaultAnswer(std::optional<Button> answer);
    static QString lastText();
    //! The buttons of the last box, and the texts given for them.
    static Buttons lastButtons();
    static QMap<Button, QString> lastButtonTexts();
    static int shownCount();
    static void resetCounters();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton,
                       const QMap<Button, QString> &buttonTexts = {});
};

} // namespace Coach
