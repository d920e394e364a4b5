# Generated from ui/governance_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: f9d89e31dcedb5062e8824cf45acd4b3bd82c3908c25aac8b10eb3ca8113ec95
# uic: uic 6.11.3
# output-sha256: a843a91caa04bbc3104c656d54019973d341d9a6b195032630ca67f9b2d3ad61
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'governance_section.ui'
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
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_GovernanceSection(object):
    def setupUi(self, GovernanceSection):
        if not GovernanceSection.objectName():
            GovernanceSection.setObjectName(u"GovernanceSection")
        GovernanceSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(GovernanceSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(GovernanceSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(GovernanceSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.governanceGroup = QGroupBox(GovernanceSection)
        self.governanceGroup.setObjectName(u"governanceGroup")
        self.governanceLayout = QVBoxLayout(self.governanceGroup)
        self.governanceLayout.setObjectName(u"governanceLayout")
        self.governanceButtons = QHBoxLayout()
        self.governanceButtons.setObjectName(u"governanceButtons")
        self.newButton = QPushButton(self.governanceGroup)
        self.newButton.setObjectName(u"newButton")

        self.governanceButtons.addWidget(self.newButton)

        self.fileButton = QPushButton(self.governanceGroup)
        self.fileButton.setObjectName(u"fileButton")

        self.governanceButtons.addWidget(self.fileButton)

        self.governanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.governanceButtons.addItem(self.governanceSpacer)


        self.governanceLayout.addLayout(self.governanceButtons)

        self.governanceSplitter = QSplitter(self.governanceGroup)
        self.governanceSplitter.setObjectName(u"governanceSplitter")
        self.governanceSplitter.setOrientation(Qt.Horizontal)
        self.governanceSplitter.setChildrenCollapsible(False)
        self.governanceView = QTableView(self.governanceSplitter)
        self.governanceView.setObjectName(u"governanceView")
        self.governanceView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.governanceView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.governanceView.setAlternatingRowColors(True)
        self.governanceView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.governanceView.setWordWrap(False)
        self.governanceSplitter.addWidget(self.governanceView)
        self.governanceBrowser = QTextBrowser(self.governanceSplitter)
        self.governanceBrowser.setObjectName(u"governanceBrowser")
        self.governanceBrowser.setOpenLinks(False)
        self.governanceSplitter.addWidget(self.governanceBrowser)

        self.governanceLayout.addWidget(self.governanceSplitter)

        self.governanceLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.governanceGroup)

        self.statusLabel = QLabel(GovernanceSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.newButton, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.governanceView)
        QWidget.setTabOrder(self.governanceView, self.governanceBrowser)

        self.retranslateUi(GovernanceSection)
    # setupUi

    def retranslateUi(self, GovernanceSection):
        self.titleLabel.setText(QCoreApplication.translate("GovernanceSection", u"Instrumentos de gesti\u00f3n", None))
        self.descriptionLabel.setText(QCoreApplication.translate("GovernanceSection", u"El ROF, el MOF, el CAP o el CPE, el TUPA, el PEI, el POI, el PDLC y el Reglamento Interno del Concejo: cada versi\u00f3n con la norma que la aprob\u00f3, su vigencia y su archivo. El sistema avisa cu\u00e1l est\u00e1 vencido o por aprobar (un POI por a\u00f1o, el PEI y el PDLC por su periodo).", None))
        self.governanceGroup.setTitle("")
        self.newButton.setText(QCoreApplication.translate("GovernanceSection", u"&Registrar versi\u00f3n\u2026", None))
        self.fileButton.setText(QCoreApplication.translate("GovernanceSection", u"&Ver archivo", None))
#if QT_CONFIG(accessibility)
        self.governanceView.setAccessibleName(QCoreApplication.translate("GovernanceSection", u"Instrumentos de gesti\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.governanceView.setProperty(u"emptyText", QCoreApplication.translate("GovernanceSection", u"A\u00fan no hay instrumentos de gesti\u00f3n registrados. Registre la versi\u00f3n vigente con \u00abRegistrar versi\u00f3n\u2026\u00bb (Ctrl+N).", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
