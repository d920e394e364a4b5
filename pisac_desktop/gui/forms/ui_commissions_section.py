# Generated from ui/commissions_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 6cc33c7e7f7775ff5556a33b5d90a44a05e1e64cb734598e657269bf99f45712
# uic: uic 6.11.3
# output-sha256: eb9375518310587c4c931171bd5aa7dce8f8215dacdb5ec1cd8b7ab6ad380b08
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commissions_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_CommissionsSection(object):
    def setupUi(self, CommissionsSection):
        if not CommissionsSection.objectName():
            CommissionsSection.setObjectName(u"CommissionsSection")
        CommissionsSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(CommissionsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(CommissionsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(CommissionsSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.standingCheck = QCheckBox(CommissionsSection)
        self.standingCheck.setObjectName(u"standingCheck")

        self.filterLayout.addWidget(self.standingCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.commissionsGroup = QGroupBox(CommissionsSection)
        self.commissionsGroup.setObjectName(u"commissionsGroup")
        self.commissionsLayout = QVBoxLayout(self.commissionsGroup)
        self.commissionsLayout.setObjectName(u"commissionsLayout")
        self.commissionsButtons = QHBoxLayout()
        self.commissionsButtons.setObjectName(u"commissionsButtons")
        self.newButton = QPushButton(self.commissionsGroup)
        self.newButton.setObjectName(u"newButton")

        self.commissionsButtons.addWidget(self.newButton)

        self.meetingButton = QPushButton(self.commissionsGroup)
        self.meetingButton.setObjectName(u"meetingButton")

        self.commissionsButtons.addWidget(self.meetingButton)

        self.endButton = QPushButton(self.commissionsGroup)
        self.endButton.setObjectName(u"endButton")

        self.commissionsButtons.addWidget(self.endButton)

        self.commissionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commissionsButtons.addItem(self.commissionsSpacer)


        self.commissionsLayout.addLayout(self.commissionsButtons)

        self.commissionsSplitter = QSplitter(self.commissionsGroup)
        self.commissionsSplitter.setObjectName(u"commissionsSplitter")
        self.commissionsSplitter.setOrientation(Qt.Horizontal)
        self.commissionsSplitter.setChildrenCollapsible(False)
        self.commissionsView = QTableView(self.commissionsSplitter)
        self.commissionsView.setObjectName(u"commissionsView")
        self.commissionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.commissionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.commissionsView.setAlternatingRowColors(True)
        self.commissionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.commissionsView.setWordWrap(False)
        self.commissionsSplitter.addWidget(self.commissionsView)
        self.commissionsBrowser = QTextBrowser(self.commissionsSplitter)
        self.commissionsBrowser.setObjectName(u"commissionsBrowser")
        self.commissionsBrowser.setOpenLinks(False)
        self.commissionsSplitter.addWidget(self.commissionsBrowser)

        self.commissionsLayout.addWidget(self.commissionsSplitter)

        self.commissionsLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.commissionsGroup)

        self.statusLabel = QLabel(CommissionsSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.standingCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.commissionsView)
        QWidget.setTabOrder(self.commissionsView, self.commissionsBrowser)

        self.retranslateUi(CommissionsSection)
    # setupUi

    def retranslateUi(self, CommissionsSection):
        self.titleLabel.setText(QCoreApplication.translate("CommissionsSection", u"Comisiones de trabajo", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CommissionsSection", u"Las comisiones de trabajo que la Gerencia Municipal preside o integra (ROF art. 32): su finalidad, sus miembros y sus reuniones con lo tratado; cada recomendaci\u00f3n se encarga como compromiso a la unidad que debe cumplirla y se sigue en \u00abSeguimiento de acuerdos\u00bb.", None))
        self.standingCheck.setText(QCoreApplication.translate("CommissionsSection", u"Solo las que est\u00e1n en &funciones", None))
        self.commissionsGroup.setTitle("")
        self.newButton.setText(QCoreApplication.translate("CommissionsSection", u"&Nueva comisi\u00f3n\u2026", None))
        self.meetingButton.setText(QCoreApplication.translate("CommissionsSection", u"&Registrar reuni\u00f3n\u2026", None))
        self.endButton.setText(QCoreApplication.translate("CommissionsSection", u"&Concluir\u2026", None))
#if QT_CONFIG(accessibility)
        self.commissionsView.setAccessibleName(QCoreApplication.translate("CommissionsSection", u"Comisiones de trabajo", None))
#endif // QT_CONFIG(accessibility)
        self.commissionsView.setProperty(u"emptyText", QCoreApplication.translate("CommissionsSection", u"A\u00fan no hay comisiones de trabajo. Forme la primera con \u00abNueva comisi\u00f3n\u2026\u00bb (Ctrl+N).", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
