# Generated from ui/council_attendance_tab.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e41dcffa46be128eea06b1dbc34f60a4cfa5b9ae8640960ea79a7152c8375622
# uic: uic 6.11.3
# output-sha256: 6165e3277f6a63d7c4cc37bbfea0f009ed3f8db901fb74dbe5355a1156f9dda2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_attendance_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_CouncilAttendanceTab(object):
    def setupUi(self, CouncilAttendanceTab):
        if not CouncilAttendanceTab.objectName():
            CouncilAttendanceTab.setObjectName(u"CouncilAttendanceTab")
        CouncilAttendanceTab.resize(700, 480)
        self.tabLayout = QVBoxLayout(CouncilAttendanceTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(4, -1, 4, -1)
        self.quorumLabel = QLabel(CouncilAttendanceTab)
        self.quorumLabel.setObjectName(u"quorumLabel")
        self.quorumLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.quorumLabel)

        self.attendanceView = QTableView(CouncilAttendanceTab)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.attendanceView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.attendanceView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.attendanceView.setWordWrap(False)
        self.attendanceView.horizontalHeader().setStretchLastSection(True)

        self.tabLayout.addWidget(self.attendanceView)

        self.officialsLayout = QHBoxLayout()
        self.officialsLayout.setObjectName(u"officialsLayout")
        self.officialsLabel = QLabel(CouncilAttendanceTab)
        self.officialsLabel.setObjectName(u"officialsLabel")

        self.officialsLayout.addWidget(self.officialsLabel)

        self.officialsList = QListWidget(CouncilAttendanceTab)
        self.officialsList.setObjectName(u"officialsList")
        self.officialsList.setMaximumSize(QSize(16777215, 64))

        self.officialsLayout.addWidget(self.officialsList)

        self.officialsButtons = QVBoxLayout()
        self.officialsButtons.setObjectName(u"officialsButtons")
        self.addOfficialButton = QPushButton(CouncilAttendanceTab)
        self.addOfficialButton.setObjectName(u"addOfficialButton")
        self.addOfficialButton.setAutoDefault(False)

        self.officialsButtons.addWidget(self.addOfficialButton)

        self.removeOfficialButton = QPushButton(CouncilAttendanceTab)
        self.removeOfficialButton.setObjectName(u"removeOfficialButton")
        self.removeOfficialButton.setAutoDefault(False)

        self.officialsButtons.addWidget(self.removeOfficialButton)


        self.officialsLayout.addLayout(self.officialsButtons)


        self.tabLayout.addLayout(self.officialsLayout)

        self.attendanceMessageLabel = QLabel(CouncilAttendanceTab)
        self.attendanceMessageLabel.setObjectName(u"attendanceMessageLabel")
        self.attendanceMessageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.attendanceMessageLabel)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveAttendanceButton = QPushButton(CouncilAttendanceTab)
        self.saveAttendanceButton.setObjectName(u"saveAttendanceButton")
        self.saveAttendanceButton.setAutoDefault(False)

        self.saveLayout.addWidget(self.saveAttendanceButton)

        self.saveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.printAttendanceButton = QPushButton(CouncilAttendanceTab)
        self.printAttendanceButton.setObjectName(u"printAttendanceButton")
        self.printAttendanceButton.setAutoDefault(False)

        self.saveLayout.addWidget(self.printAttendanceButton)


        self.tabLayout.addLayout(self.saveLayout)

        self.installLayout = QHBoxLayout()
        self.installLayout.setObjectName(u"installLayout")
        self.openedAtLabel = QLabel(CouncilAttendanceTab)
        self.openedAtLabel.setObjectName(u"openedAtLabel")

        self.installLayout.addWidget(self.openedAtLabel)

        self.openedAtEdit = QTimeEdit(CouncilAttendanceTab)
        self.openedAtEdit.setObjectName(u"openedAtEdit")

        self.installLayout.addWidget(self.openedAtEdit)

        self.installButton = QPushButton(CouncilAttendanceTab)
        self.installButton.setObjectName(u"installButton")
        self.installButton.setAutoDefault(False)

        self.installLayout.addWidget(self.installButton)

        self.notInstalledButton = QPushButton(CouncilAttendanceTab)
        self.notInstalledButton.setObjectName(u"notInstalledButton")
        self.notInstalledButton.setAutoDefault(False)

        self.installLayout.addWidget(self.notInstalledButton)

        self.installSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.installLayout.addItem(self.installSpacer)


        self.tabLayout.addLayout(self.installLayout)

        self.closingLayout = QHBoxLayout()
        self.closingLayout.setObjectName(u"closingLayout")
        self.closedAtLabel = QLabel(CouncilAttendanceTab)
        self.closedAtLabel.setObjectName(u"closedAtLabel")

        self.closingLayout.addWidget(self.closedAtLabel)

        self.closedAtEdit = QTimeEdit(CouncilAttendanceTab)
        self.closedAtEdit.setObjectName(u"closedAtEdit")

        self.closingLayout.addWidget(self.closedAtEdit)

        self.closeTimeButton = QPushButton(CouncilAttendanceTab)
        self.closeTimeButton.setObjectName(u"closeTimeButton")
        self.closeTimeButton.setAutoDefault(False)

        self.closingLayout.addWidget(self.closeTimeButton)

        self.closingSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closingLayout.addItem(self.closingSpacer)


        self.tabLayout.addLayout(self.closingLayout)

        self.tabLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.officialsLabel.setBuddy(self.officialsList)
        self.openedAtLabel.setBuddy(self.openedAtEdit)
        self.closedAtLabel.setBuddy(self.closedAtEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncilAttendanceTab)
    # setupUi

    def retranslateUi(self, CouncilAttendanceTab):
        self.quorumLabel.setStyleSheet(QCoreApplication.translate("CouncilAttendanceTab", u"font-size: 12pt; font-weight: bold; padding: 4px;", None))
        self.quorumLabel.setText("")
#if QT_CONFIG(accessibility)
        self.attendanceView.setAccessibleName(QCoreApplication.translate("CouncilAttendanceTab", u"Asistencia", None))
#endif // QT_CONFIG(accessibility)
        self.officialsLabel.setText(QCoreApplication.translate("CouncilAttendanceTab", u"&Funcionarios con voz\n"
"y sin voto:", None))
#if QT_CONFIG(accessibility)
        self.officialsList.setAccessibleName(QCoreApplication.translate("CouncilAttendanceTab", u"Funcionarios invitados", None))
#endif // QT_CONFIG(accessibility)
        self.addOfficialButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"A\u00f1adir f&uncionario\u2026", None))
        self.removeOfficialButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"&Quitar", None))
        self.attendanceMessageLabel.setStyleSheet(QCoreApplication.translate("CouncilAttendanceTab", u"color: #a40000;", None))
        self.attendanceMessageLabel.setText("")
        self.saveAttendanceButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"&Guardar asistencia", None))
        self.printAttendanceButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"Imprimir &hoja de asistencia\u2026", None))
        self.openedAtLabel.setText(QCoreApplication.translate("CouncilAttendanceTab", u"Hora de &inicio:", None))
        self.openedAtEdit.setDisplayFormat(QCoreApplication.translate("CouncilAttendanceTab", u"HH:mm", None))
        self.installButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"Instalar &sesi\u00f3n", None))
#if QT_CONFIG(tooltip)
        self.installButton.setToolTip(QCoreApplication.translate("CouncilAttendanceTab", u"Guarda la asistencia e instala la sesi\u00f3n con el qu\u00f3rum", None))
#endif // QT_CONFIG(tooltip)
        self.notInstalledButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"Registrar como &no instalada\u2026", None))
#if QT_CONFIG(tooltip)
        self.notInstalledButton.setToolTip(QCoreApplication.translate("CouncilAttendanceTab", u"Por falta de qu\u00f3rum: la hoja de asistencia se sigue imprimiendo", None))
#endif // QT_CONFIG(tooltip)
        self.closedAtLabel.setText(QCoreApplication.translate("CouncilAttendanceTab", u"Hora de &t\u00e9rmino:", None))
        self.closedAtEdit.setDisplayFormat(QCoreApplication.translate("CouncilAttendanceTab", u"HH:mm", None))
        self.closeTimeButton.setText(QCoreApplication.translate("CouncilAttendanceTab", u"Registrar t\u00e9&rmino", None))
        pass
    # retranslateUi
