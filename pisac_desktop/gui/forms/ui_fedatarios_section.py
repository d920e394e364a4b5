# Generated from ui/fedatarios_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 7509f6c5132de82e192220545d5f92d01aad19b3c07c7291f593634528e33537
# uic: uic 6.11.3
# output-sha256: 5a3c764368bb678736db5dc3d81c3be2928e745da53f10f7b5b6e64a15315883
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fedatarios_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_FedatariosSection(object):
    def setupUi(self, FedatariosSection):
        if not FedatariosSection.objectName():
            FedatariosSection.setObjectName(u"FedatariosSection")
        FedatariosSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(FedatariosSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(FedatariosSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(FedatariosSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(FedatariosSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(FedatariosSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.officersGroup = QGroupBox(FedatariosSection)
        self.officersGroup.setObjectName(u"officersGroup")
        self.officersLayout = QVBoxLayout(self.officersGroup)
        self.officersLayout.setObjectName(u"officersLayout")
        self.officersButtons = QHBoxLayout()
        self.officersButtons.setObjectName(u"officersButtons")
        self.officersDesignateButton = QPushButton(self.officersGroup)
        self.officersDesignateButton.setObjectName(u"officersDesignateButton")

        self.officersButtons.addWidget(self.officersDesignateButton)

        self.officersEndButton = QPushButton(self.officersGroup)
        self.officersEndButton.setObjectName(u"officersEndButton")

        self.officersButtons.addWidget(self.officersEndButton)

        self.officersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officersButtons.addItem(self.officersSpacer)


        self.officersLayout.addLayout(self.officersButtons)

        self.officersSplitter = QSplitter(self.officersGroup)
        self.officersSplitter.setObjectName(u"officersSplitter")
        self.officersSplitter.setOrientation(Qt.Horizontal)
        self.officersSplitter.setChildrenCollapsible(False)
        self.officersView = QTableView(self.officersSplitter)
        self.officersView.setObjectName(u"officersView")
        self.officersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.officersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.officersView.setAlternatingRowColors(True)
        self.officersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.officersView.setWordWrap(False)
        self.officersSplitter.addWidget(self.officersView)
        self.officersBrowser = QTextBrowser(self.officersSplitter)
        self.officersBrowser.setObjectName(u"officersBrowser")
        self.officersBrowser.setOpenLinks(False)
        self.officersSplitter.addWidget(self.officersBrowser)

        self.officersLayout.addWidget(self.officersSplitter)

        self.officersLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.officersGroup)

        self.copiesGroup = QGroupBox(FedatariosSection)
        self.copiesGroup.setObjectName(u"copiesGroup")
        self.copiesLayout = QVBoxLayout(self.copiesGroup)
        self.copiesLayout.setObjectName(u"copiesLayout")
        self.copiesButtons = QHBoxLayout()
        self.copiesButtons.setObjectName(u"copiesButtons")
        self.copiesAuthenticateButton = QPushButton(self.copiesGroup)
        self.copiesAuthenticateButton.setObjectName(u"copiesAuthenticateButton")

        self.copiesButtons.addWidget(self.copiesAuthenticateButton)

        self.copiesStampsButton = QPushButton(self.copiesGroup)
        self.copiesStampsButton.setObjectName(u"copiesStampsButton")

        self.copiesButtons.addWidget(self.copiesStampsButton)

        self.copiesRegisterButton = QPushButton(self.copiesGroup)
        self.copiesRegisterButton.setObjectName(u"copiesRegisterButton")

        self.copiesButtons.addWidget(self.copiesRegisterButton)

        self.copiesExcelButton = QPushButton(self.copiesGroup)
        self.copiesExcelButton.setObjectName(u"copiesExcelButton")

        self.copiesButtons.addWidget(self.copiesExcelButton)

        self.copiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copiesButtons.addItem(self.copiesSpacer)


        self.copiesLayout.addLayout(self.copiesButtons)

        self.copiesSplitter = QSplitter(self.copiesGroup)
        self.copiesSplitter.setObjectName(u"copiesSplitter")
        self.copiesSplitter.setOrientation(Qt.Horizontal)
        self.copiesSplitter.setChildrenCollapsible(False)
        self.copiesView = QTableView(self.copiesSplitter)
        self.copiesView.setObjectName(u"copiesView")
        self.copiesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.copiesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.copiesView.setAlternatingRowColors(True)
        self.copiesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.copiesView.setWordWrap(False)
        self.copiesSplitter.addWidget(self.copiesView)
        self.copiesBrowser = QTextBrowser(self.copiesSplitter)
        self.copiesBrowser.setObjectName(u"copiesBrowser")
        self.copiesBrowser.setOpenLinks(False)
        self.copiesSplitter.addWidget(self.copiesBrowser)

        self.copiesLayout.addWidget(self.copiesSplitter)

        self.copiesLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.copiesGroup)

        self.statusLabel = QLabel(FedatariosSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
        self.sectionLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FedatariosSection)
    # setupUi

    def retranslateUi(self, FedatariosSection):
        self.titleLabel.setText(QCoreApplication.translate("FedatariosSection", u"Fedatarios", None))
        self.descriptionLabel.setText(QCoreApplication.translate("FedatariosSection", u"Los servidores designados por resoluci\u00f3n para autenticar copias de documentos originales (gratuitamente, TUO de la Ley 27444, art. 138), y el registro de cada copia autenticada con su n\u00famero del a\u00f1o; el sello \u00abES COPIA FIEL DEL ORIGINAL\u00bb se imprime como etiqueta, una por folio.", None))
        self.yearLabel.setText(QCoreApplication.translate("FedatariosSection", u"&A\u00f1o:", None))
        self.officersGroup.setTitle(QCoreApplication.translate("FedatariosSection", u"Designaciones", None))
        self.officersDesignateButton.setText(QCoreApplication.translate("FedatariosSection", u"&Designar\u2026", None))
        self.officersEndButton.setText(QCoreApplication.translate("FedatariosSection", u"&Terminar designaci\u00f3n\u2026", None))
#if QT_CONFIG(accessibility)
        self.officersView.setAccessibleName(QCoreApplication.translate("FedatariosSection", u"Fedatarios designados", None))
#endif // QT_CONFIG(accessibility)
        self.officersView.setProperty(u"emptyText", QCoreApplication.translate("FedatariosSection", u"A\u00fan no hay fedatarios designados. Designe uno con \u00abDesignar\u2026\u00bb.", None))
        self.copiesGroup.setTitle(QCoreApplication.translate("FedatariosSection", u"Copias autenticadas del a\u00f1o", None))
        self.copiesAuthenticateButton.setText(QCoreApplication.translate("FedatariosSection", u"&Autenticar copia\u2026", None))
        self.copiesStampsButton.setText(QCoreApplication.translate("FedatariosSection", u"Imprimir &sellos\u2026", None))
        self.copiesRegisterButton.setText(QCoreApplication.translate("FedatariosSection", u"Re&gistro (PDF)\u2026", None))
        self.copiesExcelButton.setText(QCoreApplication.translate("FedatariosSection", u"E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.copiesView.setAccessibleName(QCoreApplication.translate("FedatariosSection", u"Copias autenticadas", None))
#endif // QT_CONFIG(accessibility)
        self.copiesView.setProperty(u"emptyText", QCoreApplication.translate("FedatariosSection", u"No hay copias autenticadas en este a\u00f1o.", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
