# Generated from ui/calendar_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 9d9dbec1a49cd049c7e15b845142aec42f9e70f7a32a395646682752befbad54
# uic: uic 6.11.3
# output-sha256: d9a42dfed64da1c2f4e669d1c0dbfa17a3b467177fa38bb17a3c05b666eeece2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(1180, 720)
        CalendarDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CalendarDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(CalendarDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(CalendarDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.daysGroup = QGroupBox(self.splitter)
        self.daysGroup.setObjectName(u"daysGroup")
        self.daysLayout = QVBoxLayout(self.daysGroup)
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysView = QTableView(self.daysGroup)
        self.daysView.setObjectName(u"daysView")
        self.daysView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.daysView.setAlternatingRowColors(True)
        self.daysView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.daysView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.daysView.setWordWrap(False)
        self.daysView.verticalHeader().setVisible(False)

        self.daysLayout.addWidget(self.daysView)

        self.readOnlyLabel = QLabel(self.daysGroup)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.daysLayout.addWidget(self.readOnlyLabel)

        self.dayButtonsLayout = QHBoxLayout()
        self.dayButtonsLayout.setObjectName(u"dayButtonsLayout")
        self.addDayButton = QPushButton(self.daysGroup)
        self.addDayButton.setObjectName(u"addDayButton")
        self.addDayButton.setAutoDefault(False)

        self.dayButtonsLayout.addWidget(self.addDayButton)

        self.editDayButton = QPushButton(self.daysGroup)
        self.editDayButton.setObjectName(u"editDayButton")
        self.editDayButton.setAutoDefault(False)

        self.dayButtonsLayout.addWidget(self.editDayButton)

        self.deleteDayButton = QPushButton(self.daysGroup)
        self.deleteDayButton.setObjectName(u"deleteDayButton")
        self.deleteDayButton.setAutoDefault(False)

        self.dayButtonsLayout.addWidget(self.deleteDayButton)

        self.dayButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayButtonsLayout.addItem(self.dayButtonsSpacer)


        self.daysLayout.addLayout(self.dayButtonsLayout)

        self.splitter.addWidget(self.daysGroup)
        self.yearGroup = QGroupBox(self.splitter)
        self.yearGroup.setObjectName(u"yearGroup")
        self.yearLayout = QVBoxLayout(self.yearGroup)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearChoiceLayout = QHBoxLayout()
        self.yearChoiceLayout.setObjectName(u"yearChoiceLayout")
        self.yearLabel = QLabel(self.yearGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearChoiceLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.yearGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearChoiceLayout.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearChoiceLayout.addItem(self.yearSpacer)


        self.yearLayout.addLayout(self.yearChoiceLayout)

        self.yearView = QTableView(self.yearGroup)
        self.yearView.setObjectName(u"yearView")
        self.yearView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.yearView.setAlternatingRowColors(True)
        self.yearView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.yearView.setWordWrap(False)
        self.yearView.verticalHeader().setVisible(False)

        self.yearLayout.addWidget(self.yearView)

        self.splitter.addWidget(self.yearGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.calculatorGroup = QGroupBox(CalendarDialog)
        self.calculatorGroup.setObjectName(u"calculatorGroup")
        self.calculatorLayout = QGridLayout(self.calculatorGroup)
        self.calculatorLayout.setObjectName(u"calculatorLayout")
        self.startLabel = QLabel(self.calculatorGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.calculatorLayout.addWidget(self.startLabel, 0, 0, 1, 1)

        self.startDateEdit = QDateEdit(self.calculatorGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.calculatorLayout.addWidget(self.startDateEdit, 0, 1, 1, 1)

        self.plusLabel = QLabel(self.calculatorGroup)
        self.plusLabel.setObjectName(u"plusLabel")

        self.calculatorLayout.addWidget(self.plusLabel, 0, 2, 1, 1)

        self.daysSpin = QSpinBox(self.calculatorGroup)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(365)
        self.daysSpin.setValue(5)

        self.calculatorLayout.addWidget(self.daysSpin, 0, 3, 1, 1)

        self.deadlineLabel = QLabel(self.calculatorGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)
        self.deadlineLabel.setTextFormat(Qt.RichText)
        self.deadlineLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.deadlineLabel.sizePolicy().hasHeightForWidth())
        self.deadlineLabel.setSizePolicy(sizePolicy)

        self.calculatorLayout.addWidget(self.deadlineLabel, 0, 4, 1, 1)

        self.notifiedLabel = QLabel(self.calculatorGroup)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.calculatorLayout.addWidget(self.notifiedLabel, 1, 0, 1, 1)

        self.notifiedDateEdit = QDateEdit(self.calculatorGroup)
        self.notifiedDateEdit.setObjectName(u"notifiedDateEdit")
        self.notifiedDateEdit.setCalendarPopup(True)

        self.calculatorLayout.addWidget(self.notifiedDateEdit, 1, 1, 1, 1)

        self.kindLabel = QLabel(self.calculatorGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.calculatorLayout.addWidget(self.kindLabel, 1, 2, 1, 1)

        self.kindCombo = QComboBox(self.calculatorGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.calculatorLayout.addWidget(self.kindCombo, 1, 3, 1, 1)

        self.earliestLabel = QLabel(self.calculatorGroup)
        self.earliestLabel.setObjectName(u"earliestLabel")
        self.earliestLabel.setWordWrap(True)
        self.earliestLabel.setTextFormat(Qt.RichText)
        self.earliestLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.earliestLabel.sizePolicy().hasHeightForWidth())
        self.earliestLabel.setSizePolicy(sizePolicy)

        self.calculatorLayout.addWidget(self.earliestLabel, 1, 4, 1, 1)


        self.dialogLayout.addWidget(self.calculatorGroup)

        self.buttonBox = QDialogButtonBox(CalendarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.startLabel.setBuddy(self.startDateEdit)
        self.plusLabel.setBuddy(self.daysSpin)
        self.notifiedLabel.setBuddy(self.notifiedDateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.daysView, self.addDayButton)
        QWidget.setTabOrder(self.addDayButton, self.editDayButton)
        QWidget.setTabOrder(self.editDayButton, self.deleteDayButton)
        QWidget.setTabOrder(self.deleteDayButton, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.yearView)
        QWidget.setTabOrder(self.yearView, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.notifiedDateEdit)
        QWidget.setTabOrder(self.notifiedDateEdit, self.kindCombo)

        self.retranslateUi(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"Calendario de d\u00edas h\u00e1biles", None))
        self.hintLabel.setText(QCoreApplication.translate("CalendarDialog", u"Un plazo en d\u00edas h\u00e1biles empieza el d\u00eda h\u00e1bil siguiente a la notificaci\u00f3n; no se cuentan s\u00e1bados, domingos, feriados nacionales ni los d\u00edas de esta tabla (TUO de la Ley N\u00b0 27444, arts. 144-151). Los feriados nacionales vienen del paquete \u00abholidays\u00bb (Per\u00fa); aqu\u00ed se agregan el feriado regional del Cusco, los d\u00edas no laborables declarados por decreto y los d\u00edas que la oficina cierra.", None))
        self.daysGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"D\u00edas no laborables que se agregan a los feriados nacionales", None))
#if QT_CONFIG(accessibility)
        self.daysView.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"D\u00edas no laborables", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyLabel.setStyleSheet(QCoreApplication.translate("CalendarDialog", u"color: #555555;", None))
        self.readOnlyLabel.setText(QCoreApplication.translate("CalendarDialog", u"Solo la Secretar\u00eda General y el administrador modifican esta tabla; usted puede consultarla y usar la calculadora.", None))
        self.addDayButton.setText(QCoreApplication.translate("CalendarDialog", u"&Agregar\u2026", None))
        self.editDayButton.setText(QCoreApplication.translate("CalendarDialog", u"&Modificar\u2026", None))
        self.deleteDayButton.setText(QCoreApplication.translate("CalendarDialog", u"&Eliminar", None))
        self.yearGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"D\u00edas no laborables del a\u00f1o (de lunes a domingo)", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarDialog", u"A&\u00f1o:", None))
#if QT_CONFIG(accessibility)
        self.yearView.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"Feriados y d\u00edas no laborables del a\u00f1o", None))
#endif // QT_CONFIG(accessibility)
        self.calculatorGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"Calculadora de plazos", None))
        self.startLabel.setText(QCoreApplication.translate("CalendarDialog", u"Desde el (notificaci\u00f3n):", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("CalendarDialog", u"dd/MM/yyyy", None))
        self.plusLabel.setText(QCoreApplication.translate("CalendarDialog", u"&m\u00e1s", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("CalendarDialog", u" d\u00edas h\u00e1biles", None))
        self.deadlineLabel.setText("")
        self.notifiedLabel.setText(QCoreApplication.translate("CalendarDialog", u"Citaci\u00f3n &notificada el:", None))
        self.notifiedDateEdit.setDisplayFormat(QCoreApplication.translate("CalendarDialog", u"dd/MM/yyyy", None))
        self.kindLabel.setText(QCoreApplication.translate("CalendarDialog", u"&sesi\u00f3n", None))
        self.earliestLabel.setText("")
    # retranslateUi
